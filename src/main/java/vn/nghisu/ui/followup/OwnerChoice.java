package vn.nghisu.ui.followup;

import java.util.UUID;

/** A unit or sub-committee offered in the owner filter. */
record OwnerChoice(UUID id, String name, boolean subCommittee) {
    @Override
    public String toString() {
        return name;
    }
}
