package se.larmcentral.telephony;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.NoSuchAlgorithmException;
import javax.net.ssl.SSLContext;
import java.util.Collections;
import java.util.Properties;
import java.util.function.Function;

/**
 * The centre's TLS certificate and key for SIP over TLS, checked at start: the password is read from the environment
 * and the PKCS#12 file opened with it and searched for a private key, so a missing variable, a wrong password or a
 * store without a key stops the front's start naming the setting, instead of a handshake failing per call later.
 */
record TlsKeyStore(TelephonyTls tls, String password) {

    static TlsKeyStore read(TelephonyTls tls, Function<String, String> environment) {
        String password = environment.apply(tls.keyStorePasswordEnv());
        if (password == null || password.isEmpty()) {
            throw new TelephonyStartException("telephony.tls.keyStorePasswordEnv: the environment variable "
                    + tls.keyStorePasswordEnv() + " is not set (it must hold the key store's password)");
        }
        if (!Files.isReadable(tls.keyStore())) {
            throw new TelephonyStartException("telephony.tls.keyStore: " + tls.keyStore() + " cannot be read");
        }
        try (InputStream in = Files.newInputStream(tls.keyStore())) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password.toCharArray());
            boolean hasKey = false;
            for (String alias : Collections.list(store.aliases())) {
                hasKey |= store.isKeyEntry(alias);
            }
            if (!hasKey) {
                throw new TelephonyStartException("telephony.tls.keyStore: " + tls.keyStore()
                        + " holds no private key (it needs the centre's certificate and key)");
            }
        } catch (IOException | GeneralSecurityException e) {
            throw new TelephonyStartException("telephony.tls.keyStore: " + tls.keyStore() + " cannot be opened as"
                    + " PKCS#12 with the password in " + tls.keyStorePasswordEnv() + " (wrong password or not a key store)", e);
        }
        return new TlsKeyStore(tls, password);
    }

    /** The stack's TLS properties: this key store (also trusted), TLS versions, no client certificate asked for. */
    void configure(Properties properties) {
        properties.setProperty("javax.net.ssl.keyStore", tls.keyStore().toString());
        properties.setProperty("javax.net.ssl.keyStorePassword", password);
        properties.setProperty("javax.net.ssl.keyStoreType", "PKCS12");
        // the trunk proves itself by its address (telephony.allowedPeers), not by a client certificate
        properties.setProperty("gov.nist.javax.sip.TLS_CLIENT_AUTH_TYPE", "Disabled");
        // JAIN-SIP applies this list to its TLS server sockets as well as its client ones
        properties.setProperty("gov.nist.javax.sip.TLS_CLIENT_PROTOCOLS", String.join(",", tls.protocols()));
        // the JDK's own default suites: JAIN-SIP's built-in list is RSA/CBC only (no TLS 1.3, no EC keys)
        properties.setProperty("gov.nist.javax.sip.ENABLED_CIPHER_SUITES", String.join(",", jdkCipherSuites()));
    }

    private static String[] jdkCipherSuites() {
        try {
            return SSLContext.getDefault().getDefaultSSLParameters().getCipherSuites();
        } catch (NoSuchAlgorithmException e) {
            throw new TelephonyStartException("this Java has no TLS (" + e.getMessage() + ")", e);
        }
    }

    @Override
    public String toString() {
        return "TlsKeyStore[" + tls.keyStore() + "]"; // never the password
    }
}
