package vn.nghisu.minutes;

import java.io.IOException;

/** A file could not be written; the message is for the secretary (Vietnamese) and the log (English). */
public class ExportFailedException extends IOException {

    public ExportFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
