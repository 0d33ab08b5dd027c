package vn.nghisu.store;

import java.util.UUID;

/**
 * Someone else saved the record since this user read it (its row_version moved on). The screen shows
 * "Bản ghi đã được người khác sửa…" and lets the user keep theirs or take the other's; never a silent overwrite.
 */
public final class ConcurrentEditException extends StoreException {
    private static final long serialVersionUID = 1L;
    private final String table;
    private final UUID id;
    private final long expected;
    private final long actual;
    private final boolean deleted;
    private final boolean deleting;

    public ConcurrentEditException(String table, UUID id, long expected, long actual) {
        this(table, id, expected, actual, false);
    }

    /** {@code deleted}: the other user deleted the record (softly); keeping mine brings it back. */
    public ConcurrentEditException(String table, UUID id, long expected, long actual, boolean deleted) {
        this(table, id, expected, actual, deleted, false);
    }

    private ConcurrentEditException(String table, UUID id, long expected, long actual, boolean deleted,
                                    boolean deleting) {
        super(deleting ? "concurrent.deleting" : "concurrent.edit", "Record " + table + " " + id + " was "
                + (deleted ? "deleted" : "changed") + " by someone else" + (deleting ? " before this user deleted it" : "")
                + " (version " + expected + " read, now " + actual + ")", null);
        this.table = table;
        this.id = id;
        this.expected = expected;
        this.actual = actual;
        this.deleted = deleted;
        this.deleting = deleting;
    }

    /** The same conflict met by this user's delete of the record: keeping mine deletes it over the other's change. */
    public ConcurrentEditException whileDeleting() {
        return new ConcurrentEditException(table, id, expected, actual, deleted, true);
    }

    public String table() {
        return table;
    }

    public UUID id() {
        return id;
    }

    public boolean deleted() {
        return deleted;
    }

    /** This user was deleting the record, which someone else had changed meanwhile. */
    public boolean deleting() {
        return deleting;
    }

    public long expected() {
        return expected;
    }

    /** The version now stored: a user who chooses to overwrite saves again expecting this one. */
    public long actual() {
        return actual;
    }
}
