package se.larmcentral.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Jetty's own error answers (a bad request line, headers too large, a URI it will not route) as problems with the
 * security headers, like every answer of ours, instead of its HTML page. Never a stack trace: Jetty's message only,
 * which names the HTTP fault. Each ends its connection with {@code Connection: close}.
 */
final class JettyProblems extends ErrorHandler {

    private final ObjectMapper mapper;
    private final SecurityHeaders headers;

    JettyProblems(ObjectMapper mapper, SecurityHeaders headers) {
        this.mapper = mapper;
        this.headers = headers;
        setShowStacks(false);
        setShowCauses(false);
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        HttpFields.Mutable fields = response.getHeaders();
        fields.put(HttpHeader.CONTENT_TYPE, Problem.CONTENT_TYPE);
        // Jetty's own refusals are of requests it could not read whole (a NUL or an oversized URI or header): the
        // connection may be out of step, so it ends here, and the answer says so (RFC 9112 §9.6).
        fields.put(HttpHeader.CONNECTION, "close");
        security(fields, Request.getPathInContext(request), request.isSecure());
        response.write(true, ByteBuffer.wrap(body(code, message)), callback);
    }

    /** A message Jetty could not even make a request of (a broken request line, oversized headers); closes as above. */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, Problem.CONTENT_TYPE);
        fields.put(HttpHeader.CONNECTION, "close");
        security(fields, null, false);
        return ByteBuffer.wrap(body(status, reason));
    }

    private void security(HttpFields.Mutable fields, String path, boolean overTls) {
        for (Map.Entry<String, String> header : headers.headers(path, overTls).entrySet()) {
            fields.put(new HttpField(header.getKey(), header.getValue()));
        }
    }

    private byte[] body(int status, String message) {
        String reason = HttpStatus.getMessage(status);
        String detail = message == null || message.isBlank() ? reason : message;
        try {
            return mapper.writeValueAsBytes(Problem.of(status, reason, "the request was refused before it was read: "
                    + detail, null));
        } catch (JsonProcessingException e) {
            return ("{\"status\":" + status + "}").getBytes(StandardCharsets.UTF_8);
        }
    }
}
