package vn.nghisu.store;

import static vn.nghisu.store.generated.Tables.UNIT;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;

/** Parent links of units: walking up the tree, and keeping it a tree when two units merge. */
final class UnitTree {
    private UnitTree() {
    }

    /** True when {@code ancestor} is {@code unit} itself or above it in the parent chain. */
    static boolean isAncestorOrSelf(DSLContext dsl, UUID ancestor, UUID unit) {
        Set<UUID> seen = new HashSet<>();
        for (UUID at = unit; at != null && seen.add(at); at = parentOf(dsl, at)) {
            if (at.equals(ancestor)) {
                return true;
            }
        }
        return false;
    }

    static UUID parentOf(DSLContext dsl, UUID unit) {
        return dsl.select(UNIT.PARENT_ID).from(UNIT).where(UNIT.ID.eq(unit)).fetchOne(UNIT.PARENT_ID);
    }

    /**
     * If the survivor sits below the duplicate, it moves up to the duplicate's parent first; otherwise
     * repointing the duplicate's children to the survivor would make the survivor its own ancestor.
     */
    static void liftOutOf(DSLContext dsl, UUID survivor, UUID duplicate) {
        if (isAncestorOrSelf(dsl, duplicate, survivor)) {
            UUID grandParent = parentOf(dsl, duplicate);
            if (grandParent != null && isAncestorOrSelf(dsl, survivor, grandParent)) {
                grandParent = null;
            }
            dsl.update(UNIT).set(UNIT.PARENT_ID, grandParent).set(UNIT.UPDATED_AT, Rows.now())
                    .set(UNIT.ROW_VERSION, UNIT.ROW_VERSION.plus(1)).where(UNIT.ID.eq(survivor)).execute();
        }
    }
}
