package vn.nghisu.store;

import java.sql.SQLException;
import org.h2.api.ErrorCode;

/** Turns H2's open failures into messages a secretary understands. */
final class OpenErrors {
    private OpenErrors() {
    }

    static StoreException translate(SQLException e, DatabaseConfig config) {
        return switch (e.getErrorCode()) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1 -> new StoreException("error.db.inUse",
                    "The database in " + config.dataDir() + " is already open in another Nghị Sự window", e);
            case ErrorCode.FILE_ENCRYPTION_ERROR_1, ErrorCode.WRONG_PASSWORD_FORMAT, ErrorCode.WRONG_USER_OR_PASSWORD ->
                    new StoreException("error.db.password", "Wrong password for the database in " + config.dataDir(), e);
            case ErrorCode.FILE_CORRUPTED_1 -> new StoreException("error.db.corrupt",
                    "The database file in " + config.dataDir() + " is damaged or encrypted", e);
            default -> new StoreException("error.db.open", "Cannot open the database in " + config.dataDir()
                    + ": " + e.getMessage(), e);
        };
    }
}
