package vn.nghisu.store;

/**
 * A save, backup or export that could not reach the disk (full disk, read-only folder, I/O error).
 * Nothing was half-written in place of good data; the caller keeps the unsaved edit and retries later.
 */
public final class WriteFailedException extends StoreException {
    private static final long serialVersionUID = 1L;
    private final Reason reason;

    /** Why the write failed, so the UI can say what the user can do about it. */
    public enum Reason { DISK_FULL, READ_ONLY, IO }

    public WriteFailedException(Reason reason, String englishMessage, Throwable cause) {
        super(switch (reason) {
            case DISK_FULL -> "error.write.diskFull";
            case READ_ONLY -> "error.write.readOnly";
            case IO -> "error.write.failed";
        }, englishMessage, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
