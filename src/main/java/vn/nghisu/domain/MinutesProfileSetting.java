package vn.nghisu.domain;

import java.util.UUID;

/**
 * An office's minutes template for one working group or one meeting: the kind (STATE or PARTY) and the
 * template's JSON, in the format of the built-in template files.
 */
public record MinutesProfileSetting(UUID id, UUID workingGroupId, UUID meetingId, String kind, String json) {
    public MinutesProfileSetting {
        id = Ids.orNew(id);
        Validation.require((workingGroupId == null) != (meetingId == null), "minutes.profile.oneOwner");
        Validation.require("STATE".equals(kind) || "PARTY".equals(kind), "minutes.profile.kind");
        Validation.require(json != null && !json.isBlank(), "minutes.profile.content");
    }
}
