package se.larmcentral.telephony;

import se.larmcentral.core.InvalidInputException;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * SIP over TLS (RFC 3261 26.2, the trunk's signalling encrypted), settings file section {@code telephony.tls}: a
 * listener of its own beside UDP/TCP, on JAIN-SIP's TLS transport. The centre's certificate and key are in a PKCS#12
 * key store; its password is read from the environment variable {@code keyStorePasswordEnv}, never from the
 * settings file. Checked when made, each refusal naming its setting.
 *
 * @param enabled             false: no TLS listener
 * @param port                the SIPS port (5061 is SIP over TLS's)
 * @param keyStore            the PKCS#12 file with the centre's certificate and private key
 * @param keyStorePasswordEnv the environment variable holding the key store's password
 * @param protocols           the TLS versions accepted, of TLSv1.3 and TLSv1.2
 */
public record TelephonyTls(boolean enabled, int port, Path keyStore, String keyStorePasswordEnv, List<String> protocols) {

    /** SIP over TLS's own port. */
    public static final int DEFAULT_PORT = 5061;

    /** TLS 1.3 and 1.2: the versions a trunk may use; older ones are broken and refused. */
    public static final List<String> DEFAULT_PROTOCOLS = List.of("TLSv1.3", "TLSv1.2");

    private static final Set<String> KNOWN = Set.copyOf(DEFAULT_PROTOCOLS);

    public TelephonyTls {
        protocols = protocols == null || protocols.isEmpty() ? DEFAULT_PROTOCOLS
                : protocols.stream().map(String::strip).toList();
        keyStorePasswordEnv = keyStorePasswordEnv == null ? "" : keyStorePasswordEnv.strip();
        if (port < 0 || port > 65_535) {
            throw new InvalidInputException("telephony.tls.port", "must be between 0 and 65535, was " + port);
        }
        for (String protocol : protocols) {
            if (!KNOWN.contains(protocol)) {
                throw new InvalidInputException("telephony.tls.protocols", "'" + protocol + "' is not one of "
                        + DEFAULT_PROTOCOLS + " (older TLS versions are not accepted)");
            }
        }
        if (enabled && keyStore == null) {
            throw new InvalidInputException("telephony.tls.keyStore",
                    "must name the PKCS#12 file with the centre's certificate and key when TLS is enabled");
        }
        if (enabled && !keyStorePasswordEnv.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new InvalidInputException("telephony.tls.keyStorePasswordEnv",
                    "must name the environment variable holding the key store's password, e.g. LARM_SIP_TLS_PASSWORD");
        }
    }

    /** No TLS listener. */
    public static TelephonyTls off() {
        return new TelephonyTls(false, DEFAULT_PORT, null, "", DEFAULT_PROTOCOLS);
    }

    /** TLS on {@code port} with the key store's password in {@code passwordEnv}, TLS 1.3 and 1.2. */
    public static TelephonyTls on(int port, Path keyStore, String passwordEnv) {
        return new TelephonyTls(true, port, keyStore, passwordEnv, DEFAULT_PROTOCOLS);
    }
}
