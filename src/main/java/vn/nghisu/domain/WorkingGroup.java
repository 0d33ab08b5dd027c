package vn.nghisu.domain;

import java.util.List;
import java.util.UUID;

/** Tổ công tác / Đoàn công tác: member units and persons, a leader and its founding decision. */
public record WorkingGroup(UUID id, String name, String foundingDecision, UUID leaderId,
                           List<UUID> unitIds, List<UUID> personIds) {
    public WorkingGroup {
        id = Ids.orNew(id);
        name = Texts.clean(name);
        foundingDecision = Texts.clean(foundingDecision);
        unitIds = unitIds == null ? List.of() : List.copyOf(unitIds);
        personIds = personIds == null ? List.of() : List.copyOf(personIds);
        Validation.require(name != null, "group.name.required");
    }
}
