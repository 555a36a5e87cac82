package se.larmcentral.web.auth.oidc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import se.larmcentral.core.UnavailableException;
import se.larmcentral.web.auth.UnauthenticatedException;
import se.larmcentral.config.Settings;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The identity provider as this centre sees it: its discovery document (read when first needed, kept for an hour,
 * the old one kept when a refresh fails), its signing keys (Nimbus's JWK source: cached, refetched on an unknown key
 * id), the code exchange and the ID token check. A provider that cannot be reached is an
 * {@link UnavailableException} (503) naming it, never a stack trace.
 */
final class OidcProvider {

    private static final Duration METADATA_MAX_AGE = Duration.ofHours(1);
    /** Algorithms an ID token may be signed with: public-key ones only (a shared-secret one would need the secret). */
    private static final Set<JWSAlgorithm> ASYMMETRIC = Stream.of(JWSAlgorithm.Family.RSA, JWSAlgorithm.Family.EC,
            JWSAlgorithm.Family.ED).flatMap(Set::stream).collect(Collectors.toUnmodifiableSet());

    /** The discovery document and the validator built from it. */
    record Discovered(OIDCProviderMetadata metadata, IDTokenValidator validator, Instant fetchedAt) {
    }

    private final Issuer issuer;
    private final ClientID clientId;
    private final Secret secret;
    private final int timeoutMillis;
    private final Clock clock;
    private volatile Discovered discovered;

    OidcProvider(Settings.Oidc settings, Clock clock) {
        this.issuer = new Issuer(settings.issuer().strip());
        this.clientId = new ClientID(settings.clientId().strip());
        this.secret = settings.clientSecret() == null || settings.clientSecret().isEmpty()
                ? null : new Secret(settings.clientSecret());
        this.timeoutMillis = (int) settings.providerTimeoutMillis();
        this.clock = clock;
    }

    /** The provider's discovery document and validator; fetched now when not yet known or older than an hour. */
    Discovered discovered() {
        Discovered known = discovered;
        if (known != null && known.fetchedAt().plus(METADATA_MAX_AGE).isAfter(clock.instant())) {
            return known;
        }
        synchronized (this) {
            known = discovered;
            if (known != null && known.fetchedAt().plus(METADATA_MAX_AGE).isAfter(clock.instant())) {
                return known;
            }
            try {
                discovered = discover();
                return discovered;
            } catch (UnavailableException e) {
                if (known != null) {
                    return known; // a provider briefly away: the keys and endpoints we know still serve
                }
                throw e;
            }
        }
    }

    private Discovered discover() {
        OIDCProviderMetadata metadata;
        try {
            metadata = OIDCProviderMetadata.resolve(issuer, timeoutMillis, timeoutMillis);
        } catch (IOException e) {
            throw new UnavailableException("the identity provider " + issuer + " cannot be reached (" + e.getMessage()
                    + "); single sign-on works again once it answers", e);
        } catch (GeneralException e) {
            throw new UnavailableException("the identity provider " + issuer + " has no usable discovery document: "
                    + e.getMessage(), e);
        }
        if (metadata.getJWKSetURI() == null || metadata.getTokenEndpointURI() == null
                || metadata.getAuthorizationEndpointURI() == null) {
            throw new UnavailableException("the identity provider " + issuer + " names no authorization endpoint, token"
                    + " endpoint or jwks_uri in its discovery document", null);
        }
        Set<JWSAlgorithm> algorithms = new HashSet<>();
        List<JWSAlgorithm> offered = metadata.getIDTokenJWSAlgs();
        if (offered != null) {
            offered.stream().filter(ASYMMETRIC::contains).forEach(algorithms::add);
        }
        if (algorithms.isEmpty()) {
            algorithms.add(JWSAlgorithm.RS256); // every OpenID provider must support it
        }
        try {
            JWKSource<SecurityContext> keys = JWKSourceBuilder.<SecurityContext>create(metadata.getJWKSetURI().toURL(),
                    new DefaultResourceRetriever(timeoutMillis, timeoutMillis, 512 * 1024)).build();
            IDTokenValidator validator = new IDTokenValidator(issuer, clientId,
                    new JWSVerificationKeySelector<>(algorithms, keys), null);
            return new Discovered(metadata, validator, clock.instant());
        } catch (IOException | IllegalArgumentException e) {
            throw new UnavailableException("the identity provider " + issuer + " names an unusable jwks_uri "
                    + metadata.getJWKSetURI(), e);
        }
    }

    ClientID clientId() {
        return clientId;
    }

    /** Exchanges the authorization code (with its PKCE verifier) for the ID token, and validates it. */
    IDTokenClaimsSet redeem(String code, URI redirectUri, String codeVerifier, String nonce) {
        Discovered provider = discovered();
        AuthorizationCodeGrant grant = new AuthorizationCodeGrant(new AuthorizationCode(code), redirectUri,
                new CodeVerifier(codeVerifier));
        URI endpoint = provider.metadata().getTokenEndpointURI();
        TokenRequest request = secret == null
                ? new TokenRequest(endpoint, clientId, grant)
                : new TokenRequest(endpoint, new ClientSecretBasic(clientId, secret), grant);
        HTTPRequest http = request.toHTTPRequest();
        http.setConnectTimeout(timeoutMillis);
        http.setReadTimeout(timeoutMillis);
        TokenResponse response;
        try {
            HTTPResponse answer = http.send();
            response = OIDCTokenResponseParser.parse(answer);
        } catch (IOException e) {
            throw new UnavailableException("the identity provider's token endpoint " + endpoint + " cannot be reached ("
                    + e.getMessage() + "); start again at /auth/oidc/login", e);
        } catch (ParseException e) {
            throw new UnavailableException("the identity provider's token endpoint answered something that is not a"
                    + " token response: " + e.getMessage(), e);
        }
        if (!response.indicatesSuccess()) {
            ErrorObject error = ((TokenErrorResponse) response).getErrorObject();
            throw new UnauthenticatedException("the identity provider refused the authorization code: "
                    + describe(error) + "; start again at /auth/oidc/login");
        }
        JWT idToken = ((OIDCTokenResponse) response.toSuccessResponse()).getOIDCTokens().getIDToken();
        if (idToken == null) {
            throw new UnauthenticatedException("the identity provider sent no ID token; is openid among auth.oidc.scopes?");
        }
        try {
            return provider.validator().validate(idToken, new Nonce(nonce));
        } catch (BadJOSEException e) {
            throw new UnauthenticatedException("the identity provider's ID token is not accepted: " + e.getMessage());
        } catch (JOSEException e) {
            throw new UnavailableException("the identity provider's signing keys cannot be read (" + e.getMessage()
                    + "); start again at /auth/oidc/login", e);
        }
    }

    static String describe(ErrorObject error) {
        if (error == null) {
            return "no reason given";
        }
        return error.getCode() + (error.getDescription() == null ? "" : " (" + error.getDescription() + ")");
    }
}
