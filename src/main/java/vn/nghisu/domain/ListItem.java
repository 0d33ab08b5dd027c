package vn.nghisu.domain;

import java.util.UUID;

/** One entry of an editable list (unit kind, meeting kind, issue category, escalation body). */
public record ListItem(UUID id, ListKind kind, String name, int sortOrder) {
    public ListItem {
        id = Ids.orNew(id);
        name = Texts.clean(name);
        Validation.require(name != null, "list.name.required");
    }
}
