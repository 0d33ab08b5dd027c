package vn.nghisu.store;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.ReadOnlyFileSystemException;
import java.sql.SQLException;
import java.util.Locale;
import org.h2.api.ErrorCode;

/** Recognizes a full disk or a read-only folder anywhere in a failure's cause chain (H2, jOOQ or java.nio). */
public final class WriteFailures {
    private WriteFailures() {
    }

    /** The failure as a {@link WriteFailedException}, unless it is already a store failure with its own message. */
    public static StoreException translate(Throwable failure, String what) {
        if (failure instanceof StoreException se) {
            return se;
        }
        return new WriteFailedException(reason(failure), "Failed " + what + ": " + failure.getMessage(), failure);
    }

    public static WriteFailedException.Reason reason(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("no space left") || message.contains("disk full") || message.contains("not enough space")) {
                return WriteFailedException.Reason.DISK_FULL;
            }
            if (t instanceof AccessDeniedException || t instanceof ReadOnlyFileSystemException
                    || message.contains("read-only file system") || message.contains("permission denied")
                    || t instanceof SQLException sql && sql.getErrorCode() == ErrorCode.DATABASE_IS_READ_ONLY) {
                return WriteFailedException.Reason.READ_ONLY;
            }
            if (t instanceof FileSystemException fs && fs.getReason() != null
                    && fs.getReason().toLowerCase(Locale.ROOT).contains("read-only")) {
                return WriteFailedException.Reason.READ_ONLY;
            }
        }
        return WriteFailedException.Reason.IO;
    }
}
