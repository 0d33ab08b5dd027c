package vn.nghisu.service;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.nghisu.domain.Unit;

/** The parent rule for units: a unit may not sit below itself, directly or through its descendants. */
public final class UnitHierarchy {
    private UnitHierarchy() {
    }

    /** True when saving {@code unit} with its parent would put it above itself, given the other units. */
    public static boolean makesCycle(Unit unit, Collection<Unit> all) {
        Map<UUID, UUID> parents = new HashMap<>();
        all.forEach(u -> parents.put(u.id(), u.parentId()));
        parents.put(unit.id(), unit.parentId());
        Set<UUID> seen = new HashSet<>();
        for (UUID at = unit.parentId(); at != null; at = parents.get(at)) {
            if (at.equals(unit.id()) || !seen.add(at)) {
                return true;
            }
        }
        return false;
    }
}
