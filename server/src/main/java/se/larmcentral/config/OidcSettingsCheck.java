package se.larmcentral.config;

import se.larmcentral.centre.accounts.Role;
import se.larmcentral.social.MunicipalityRegistry;
import se.larmcentral.social.file.MunicipalityRegistryFile;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;

/**
 * Checks the {@code auth.oidc} settings at start-up, so a wrong issuer or a misspelt role stops the centre naming the
 * setting instead of failing at someone's first login. The group mapping is checked even while single sign-on is off.
 */
public final class OidcSettingsCheck {

    private static final String PREFIX = "auth.oidc.";

    private OidcSettingsCheck() {
    }

    public static void validate(Settings.Oidc oidc) {
        checkMapping(oidc.groupRoles());
        if (!oidc.enabled()) {
            return;
        }
        URI issuer = httpUrl("issuer", oidc.issuer());
        if (issuer.getRawQuery() != null || issuer.getRawFragment() != null) {
            throw new InvalidSettingException(PREFIX + "issuer", "must not have a query or fragment, was '" + oidc.issuer() + "'");
        }
        if (blank(oidc.clientId())) {
            throw new InvalidSettingException(PREFIX + "clientId", "must be this centre's client id at the identity provider");
        }
        httpUrl("redirectUri", oidc.redirectUri());
        if (blank(oidc.scopes()) || !Arrays.asList(oidc.scopes().strip().split("\\s+")).contains("openid")) {
            throw new InvalidSettingException(PREFIX + "scopes", "must include openid (space-separated), was '" + oidc.scopes() + "'");
        }
        if (blank(oidc.groupsClaim())) {
            throw new InvalidSettingException(PREFIX + "groupsClaim", "must name the ID token claim holding the groups");
        }
        if (blank(oidc.actorClaim())) {
            throw new InvalidSettingException(PREFIX + "actorClaim", "must name the ID token claim recorded as the actor, e.g. sub");
        }
        if (oidc.groupRoles().isEmpty()) {
            throw new InvalidSettingException(PREFIX + "groupRoles", "maps no group to a role, so nobody could sign in;"
                    + " add lines such as {group: larm-supervisors, role: SUPERVISOR}");
        }
        if (oidc.loginTimeoutSeconds() < 30 || oidc.loginTimeoutSeconds() > 3600) {
            throw new InvalidSettingException(PREFIX + "loginTimeoutSeconds", "must be between 30 and 3600, was "
                    + oidc.loginTimeoutSeconds());
        }
        if (oidc.providerTimeoutMillis() < 100 || oidc.providerTimeoutMillis() > 60_000) {
            throw new InvalidSettingException(PREFIX + "providerTimeoutMillis", "must be between 100 and 60000, was "
                    + oidc.providerTimeoutMillis());
        }
    }

    private static void checkMapping(List<Settings.GroupRole> lines) {
        MunicipalityRegistry registry = null;
        for (int i = 0; i < lines.size(); i++) {
            Settings.GroupRole line = lines.get(i);
            String at = PREFIX + "groupRoles[" + i + "]";
            if (line == null || blank(line.group())) {
                throw new InvalidSettingException(at + ".group", "must name the identity provider's group");
            }
            Role role = role(at + ".role", line.role());
            if (role == Role.UNIT_DEVICE) {
                throw new InvalidSettingException(at + ".role", "UNIT_DEVICE is for a unit's terminal, which signs in"
                        + " with an API token for its own unit, not through single sign-on");
            }
            if (role == Role.HOSPITAL) {
                throw new InvalidSettingException(at + ".role", "HOSPITAL is bound to one hospital, which a group line"
                        + " cannot name: make the hospital's account with ./larm user add --role HOSPITAL --hospital ID");
            }
            if (role == Role.MUNICIPALITY_ADMIN && line.municipalities().isEmpty()) {
                throw new InvalidSettingException(at + ".municipalities", "a MUNICIPALITY_ADMIN line must name the"
                        + " municipalities the group administers, e.g. [\"0120\"]");
            }
            if (role != Role.MUNICIPALITY_ADMIN && !line.municipalities().isEmpty()) {
                throw new InvalidSettingException(at + ".municipalities", "only a MUNICIPALITY_ADMIN line names"
                        + " municipalities; " + role + " is not limited to municipalities");
            }
            for (int k = 0; k < line.municipalities().size(); k++) {
                String code = line.municipalities().get(k);
                if (registry == null) {
                    registry = MunicipalityRegistryFile.standard();
                }
                if (code == null || registry.find(code.strip()).isEmpty()) {
                    throw new InvalidSettingException(at + ".municipalities[" + k + "]", "'" + code
                            + "' is not a municipality's SCB code (four digits, e.g. 0120 for Värmdö)");
                }
            }
        }
    }

    private static Role role(String setting, String name) {
        try {
            return Role.valueOf(name == null ? "" : name.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException(setting, "'" + name + "' is not a role; known: "
                    + Arrays.toString(Role.values()));
        }
    }

    /** An absolute URL; https, or http only to this machine (a provider on loopback in tests and trials). */
    private static URI httpUrl(String name, String value) {
        URI uri;
        try {
            uri = new URI(value == null ? "" : value.strip());
        } catch (URISyntaxException e) {
            throw new InvalidSettingException(PREFIX + name, "is not a URL: " + e.getMessage());
        }
        if (!uri.isAbsolute() || uri.getHost() == null) {
            throw new InvalidSettingException(PREFIX + name, "must be an absolute https URL, was '" + value + "'");
        }
        if ("http".equalsIgnoreCase(uri.getScheme()) && isLoopback(uri.getHost())) {
            return uri;
        }
        if (!"https".equalsIgnoreCase(uri.getScheme())) {
            throw new InvalidSettingException(PREFIX + name, "must use https (http only for localhost), was '" + value + "'");
        }
        return uri;
    }

    private static boolean isLoopback(String host) {
        if (host.equalsIgnoreCase("localhost")) {
            return true;
        }
        if (!host.matches("[0-9.]+|\\[[0-9a-fA-F:]+]")) {
            return false; // a name: never looked up at start-up
        }
        try {
            return InetAddress.getByName(host.replace("[", "").replace("]", "")).isLoopbackAddress();
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
