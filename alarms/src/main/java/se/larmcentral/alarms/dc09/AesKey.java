package se.larmcentral.alarms.dc09;

import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * An account's AES key (128, 192 or 256 bits). DC-09 encrypts in CBC mode with an all-zero IV and no padding of
 * its own: the message is made a multiple of 16 bytes by the pad characters at the start of its data.
 */
public final class AesKey {

    private static final IvParameterSpec ZERO_IV = new IvParameterSpec(new byte[16]);

    private final SecretKeySpec key;

    private AesKey(byte[] bytes) {
        this.key = new SecretKeySpec(bytes, "AES");
    }

    /**
     * The standard's form: 32, 48 or 64 hex digits. Refused naming {@code field} when it is anything else; the
     * message never repeats the key.
     */
    public static AesKey hex(String field, String digits) {
        if (digits == null || !(digits.length() == 32 || digits.length() == 48 || digits.length() == 64)
                || !digits.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            throw new IllegalArgumentException(field + ": must be 32, 48 or 64 hex digits (AES-128, -192 or -256)");
        }
        return new AesKey(HexFormat.of().parseHex(digits));
    }

    /**
     * The form many panels and pysiaalarm use: 16, 24 or 32 characters taken as the key's bytes (ASCII).
     */
    public static AesKey text(String field, String characters) {
        if (characters == null || !(characters.length() == 16 || characters.length() == 24 || characters.length() == 32)
                || !characters.chars().allMatch(c -> c > 0x20 && c < 0x7F)) {
            throw new IllegalArgumentException(field + ": must be 16, 24 or 32 printable ASCII characters"
                    + " (AES-128, -192 or -256)");
        }
        return new AesKey(characters.getBytes(StandardCharsets.US_ASCII));
    }

    public int bits() {
        return key.getEncoded().length * 8;
    }

    /** Decrypts whole blocks; refused with {@link IllegalArgumentException} when the length is not whole blocks. */
    byte[] decrypt(byte[] cipherText) {
        if (cipherText.length == 0 || cipherText.length % 16 != 0) {
            throw new IllegalArgumentException("encrypted data is not whole 16-byte blocks");
        }
        return run(Cipher.DECRYPT_MODE, cipherText);
    }

    byte[] encrypt(byte[] plainText) {
        if (plainText.length % 16 != 0) {
            throw new IllegalStateException("plain text must be padded to whole blocks");
        }
        return run(Cipher.ENCRYPT_MODE, plainText);
    }

    private byte[] run(int mode, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
            cipher.init(mode, key, ZERO_IV);
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/CBC is not available: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AesKey that && Arrays.equals(key.getEncoded(), that.key.getEncoded());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(key.getEncoded());
    }

    @Override
    public String toString() {
        return "AesKey[" + bits() + " bits]";
    }
}
