package se.larmcentral.server.auth.oidc;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

/**
 * An OpenID provider for tests on the JDK's own HTTP server: a discovery document, its keys (JWKS), an authorization
 * endpoint that signs in {@link #user} at once and sends the browser back with a code, and a token endpoint that checks
 * the code, the redirect URI, the client's secret and the PKCE verifier before answering with an ID token signed by a
 * generated RSA key. A test spoils the next ID token with {@link #tweak} or {@link #signWithImpostorKey}.
 */
final class FakeIdentityProvider implements AutoCloseable {

    static final String CLIENT_ID = "larm-test";
    static final String CLIENT_SECRET = "s3cret-for-tests";
    private static final ObjectMapper JSON = new ObjectMapper();

    record User(String sub, String username, List<String> groups) {
    }

    private record Authorization(String clientId, String redirectUri, String nonce, String challenge) {
    }

    private final HttpServer server;
    private final RSAKey key;
    private final RSAKey impostor;
    private final Map<String, Authorization> codes = new ConcurrentHashMap<>();
    final List<String> tokenRequests = new CopyOnWriteArrayList<>();
    final List<Map<String, String>> authorizationRequests = new CopyOnWriteArrayList<>();

    volatile User user = new User("u-1001", "anna.berg", List.of("larm-supervisors"));
    volatile UnaryOperator<JWTClaimsSet.Builder> tweak = UnaryOperator.identity();
    volatile boolean signWithImpostorKey;

    FakeIdentityProvider() throws IOException, JOSEException {
        key = new RSAKeyGenerator(2048).keyID("test-key").generate();
        impostor = new RSAKeyGenerator(2048).keyID("test-key").generate(); // same key id, other key
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/.well-known/openid-configuration", this::discovery);
        server.createContext("/jwks", ex -> send(ex, 200, new JWKSet(key.toPublicJWK()).toString()));
        server.createContext("/authorize", this::authorize);
        server.createContext("/token", this::token);
        server.start();
    }

    String issuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void discovery(HttpExchange ex) throws IOException {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("issuer", issuer());
        doc.put("authorization_endpoint", issuer() + "/authorize");
        doc.put("token_endpoint", issuer() + "/token");
        doc.put("jwks_uri", issuer() + "/jwks");
        doc.put("response_types_supported", List.of("code"));
        doc.put("subject_types_supported", List.of("public"));
        doc.put("id_token_signing_alg_values_supported", List.of("RS256"));
        doc.put("code_challenge_methods_supported", List.of("S256"));
        send(ex, 200, JSON.writeValueAsString(doc));
    }

    private void authorize(HttpExchange ex) throws IOException {
        Map<String, String> query = form(ex.getRequestURI().getRawQuery());
        authorizationRequests.add(query);
        String code = UUID.randomUUID().toString();
        codes.put(code, new Authorization(query.get("client_id"), query.get("redirect_uri"), query.get("nonce"),
                query.get("code_challenge")));
        ex.getResponseHeaders().add("Location", query.get("redirect_uri") + "?code=" + code + "&state="
                + URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8));
        send(ex, 302, "");
    }

    private void token(HttpExchange ex) throws IOException {
        Map<String, String> form = form(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        tokenRequests.add(form.toString());
        Authorization auth = codes.remove(form.getOrDefault("code", ""));
        String basic = "Basic " + Base64.getEncoder().encodeToString((CLIENT_ID + ":" + CLIENT_SECRET)
                .getBytes(StandardCharsets.UTF_8));
        if (!basic.equals(ex.getRequestHeaders().getFirst("Authorization"))) {
            send(ex, 401, "{\"error\":\"invalid_client\"}");
            return;
        }
        if (auth == null || !"authorization_code".equals(form.get("grant_type"))
                || !auth.redirectUri().equals(form.get("redirect_uri"))
                || !auth.challenge().equals(s256(form.getOrDefault("code_verifier", "")))) {
            send(ex, 400, "{\"error\":\"invalid_grant\",\"error_description\":\"code, redirect or verifier wrong\"}");
            return;
        }
        try {
            Instant now = Instant.now();
            JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                    .issuer(issuer()).subject(user.sub()).audience(auth.clientId())
                    .issueTime(Date.from(now)).expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
                    .claim("nonce", auth.nonce()).claim("preferred_username", user.username())
                    .claim("groups", user.groups());
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                    tweak.apply(claims).build());
            jwt.sign(new RSASSASigner(signWithImpostorKey ? impostor : key));
            send(ex, 200, JSON.writeValueAsString(Map.of("access_token", "at-" + UUID.randomUUID(),
                    "token_type", "Bearer", "expires_in", 300, "id_token", jwt.serialize())));
        } catch (JOSEException e) {
            send(ex, 500, "{\"error\":\"server_error\"}");
        }
    }

    private static String s256(String verifier) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, String> form(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        for (String pair : text.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            out.put(name, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }

    static Map<String, String> query(URI uri) {
        return form(uri.getRawQuery());
    }

    private static void send(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            ex.getResponseBody().write(bytes);
        }
        ex.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
