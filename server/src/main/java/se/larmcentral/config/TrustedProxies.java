package se.larmcentral.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** {@code auth.trustedProxies}: IP addresses and ranges, never a host name (it would be looked up, and could change). */
public final class TrustedProxies {

    private static final String OCTET = "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
    private static final Pattern IPV4 = Pattern.compile(OCTET + "(\\." + OCTET + "){3}");

    private TrustedProxies() {
    }

    public static List<String> check(List<String> trustedProxies) {
        List<String> all = trustedProxies == null ? List.of() : trustedProxies;
        for (int i = 0; i < all.size(); i++) {
            String entry = all.get(i) == null ? "" : all.get(i).strip();
            String address = entry.contains("/") ? entry.substring(0, entry.indexOf('/')) : entry;
            boolean cidrFits = !entry.contains("/") || prefixFits(entry);
            if (literal(address).isEmpty() || !cidrFits) {
                throw new InvalidSettingException("auth.trustedProxies[" + (i + 1) + "]", "must be an IP address or a"
                        + " range such as 10.0.0.0/8 (no host names), was '" + entry + "'");
            }
        }
        return all.stream().map(String::strip).toList();
    }

    private static boolean prefixFits(String range) {
        String bits = range.substring(range.indexOf('/') + 1);
        if (!bits.matches("\\d{1,3}")) {
            return false;
        }
        return Integer.parseInt(bits) <= (range.contains(":") ? 128 : 32);
    }

    public static Optional<InetAddress> literal(String text) {
        if (text == null || !(IPV4.matcher(text).matches() || (text.contains(":") && text.matches("[0-9a-fA-F:.]+")))) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(text));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
