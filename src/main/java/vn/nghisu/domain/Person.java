package vn.nghisu.domain;

import java.util.UUID;

/** Đại biểu, cán bộ: a delegate with a position title, belonging to a unit. */
public record Person(UUID id, String fullName, String positionTitle, UUID unitId) {
    public Person {
        id = Ids.orNew(id);
        fullName = Texts.clean(fullName);
        positionTitle = Texts.clean(positionTitle);
        Validation.require(fullName != null, "person.name.required");
    }
}
