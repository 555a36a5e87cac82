package se.larmcentral.web.words;

import io.javalin.http.Context;

import java.util.Locale;

/**
 * The language a request's reader asked for: {@code ?lang=sv|en}, else the first language of {@code
 * Accept-Language} when it is Swedish or English (the console sends its own); {@code null} when neither says.
 */
public final class ReaderLanguage {

    public static final String SWEDISH = "sv";
    public static final String ENGLISH = "en";

    private ReaderLanguage() {
    }

    public static String of(Context ctx) {
        String lang = language(ctx.queryParam("lang"));
        return lang != null ? lang : language(firstTag(ctx.header("Accept-Language")));
    }

    private static String firstTag(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String first = header.split(",", 2)[0];
        return first.split(";", 2)[0];
    }

    private static String language(String tag) {
        if (tag == null) {
            return null;
        }
        String primary = tag.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        return primary.equals(SWEDISH) || primary.equals(ENGLISH) ? primary : null;
    }
}
