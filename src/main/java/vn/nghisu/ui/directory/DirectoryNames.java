package vn.nghisu.ui.directory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.nghisu.domain.ListKind;
import vn.nghisu.service.DirectoryData;

/** Names by id from the loaded directory, for the table columns that show a reference (unit, leader, kind). */
final class DirectoryNames {
    private Map<UUID, String> names = Map.of();

    void update(DirectoryData data) {
        Map<UUID, String> all = new HashMap<>();
        data.units().forEach(u -> all.put(u.id(), u.name()));
        data.persons().forEach(p -> all.put(p.id(), p.fullName()));
        data.groups().forEach(g -> all.put(g.id(), g.name()));
        data.list(ListKind.UNIT_KIND).forEach(k -> all.put(k.id(), k.name()));
        names = all;
    }

    String of(UUID id) {
        return id == null ? "" : names.getOrDefault(id, "");
    }

    String join(List<UUID> ids) {
        return ids.stream().map(this::of).filter(n -> !n.isEmpty()).collect(Collectors.joining("; "));
    }
}
