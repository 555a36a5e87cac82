package se.larmcentral.web;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An error answer in RFC 9457 form ({@code application/problem+json}): what went wrong, in words a user can
 * act on, and the input field at fault when there is one. Never a stack trace.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String field) {

    public static final String CONTENT_TYPE = "application/problem+json";

    public static Problem of(int status, String title, String detail, String field) {
        return new Problem("about:blank", title, status, detail, field);
    }
}
