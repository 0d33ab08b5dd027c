package vn.nghisu.service;

import java.util.function.Supplier;
import vn.nghisu.domain.ValidationException;
import vn.nghisu.store.Database;
import vn.nghisu.store.StoreException;
import vn.nghisu.store.WriteFailedException;
import vn.nghisu.store.WriteFailures;

/**
 * What an autosave calls, on the background worker. {@link #save} runs the write and turns a full disk,
 * a read-only folder or any I/O failure into a {@link WriteFailedException}: keep the edit on screen and
 * retry. {@link #sync} forces committed saves onto the disk; call it once the user pauses, then show "Đã lưu".
 */
public final class SaveGuard {
    private final Database db;

    public SaveGuard(Database db) {
        this.db = db;
    }

    public <T> T save(Supplier<T> write) {
        try {
            return write.get();
        } catch (ValidationException | StoreException e) {
            throw e;
        } catch (RuntimeException e) {
            db.reopenAfterWriteFailure();
            throw WriteFailures.translate(e, "saving");
        }
    }

    /** fsync (H2 CHECKPOINT SYNC): a commit already survives a killed process; this makes it survive a power cut. */
    public void sync() {
        save(() -> {
            db.sync();
            return null;
        });
    }

    /** The usual pause-time call: the write, then the fsync. */
    public <T> T saveAndSync(Supplier<T> write) {
        T result = save(write);
        sync();
        return result;
    }
}
