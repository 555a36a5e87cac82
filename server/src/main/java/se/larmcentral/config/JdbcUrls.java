package se.larmcentral.config;

import java.util.regex.Pattern;

/** JDBC URLs as they may be shown: a password given in the URL itself (PostgreSQL, H2) replaced by {@code ***}. */
public final class JdbcUrls {

    // password=... in a query string (?password=, &password=) or H2's ;PASSWORD=...
    private static final Pattern PASSWORD = Pattern.compile("(?i)([?&;]password=)[^&;]*");
    // user:password@host in a URL's authority
    private static final Pattern USER_INFO = Pattern.compile("(//[^/@:]*:)[^/@]*@");

    private JdbcUrls() {
    }

    public static String withoutSecrets(String url) {
        if (url == null) {
            return null;
        }
        return USER_INFO.matcher(PASSWORD.matcher(url).replaceAll("$1***")).replaceAll("$1***@");
    }
}
