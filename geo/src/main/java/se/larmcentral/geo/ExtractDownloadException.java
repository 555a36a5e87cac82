package se.larmcentral.geo;

/** A download of an OSM extract failed; the message names the address, the target file and the reason. */
public final class ExtractDownloadException extends RuntimeException {

    public ExtractDownloadException(String message, Throwable cause) {
        super(message, cause);
    }
}
