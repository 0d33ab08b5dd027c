package vn.nghisu.domain;

import java.util.UUID;

/** Tiểu ban: a sub-committee that owns action plans and items. */
public record SubCommittee(UUID id, String name, UUID workingGroupId, int sortOrder) {
    public SubCommittee {
        id = Ids.orNew(id);
        name = Texts.clean(name);
        Validation.require(name != null, "subcommittee.name.required");
    }
}
