package vn.nghisu.domain;

import java.util.UUID;

/** Đơn vị: an organization taking part in meetings. */
public record Unit(UUID id, String name, String shortName, UUID kindId, UnitLevel level, UUID parentId) {
    public Unit {
        id = Ids.orNew(id);
        name = Texts.clean(name);
        shortName = Texts.clean(shortName);
        level = level == null ? UnitLevel.KHAC : level;
        Validation.require(name != null, "unit.name.required");
        Validation.require(parentId == null || !parentId.equals(id), "unit.parent.self");
    }

    public String displayName() {
        return name;
    }
}
