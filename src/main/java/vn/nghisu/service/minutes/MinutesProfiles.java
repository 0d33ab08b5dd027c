package vn.nghisu.service.minutes;

import java.io.IOException;
import java.util.Optional;
import java.util.UUID;
import vn.nghisu.domain.Meeting;
import vn.nghisu.domain.MinutesProfileSetting;
import vn.nghisu.domain.ValidationException;
import vn.nghisu.minutes.DocumentProfile;
import vn.nghisu.minutes.DocumentProfiles;
import vn.nghisu.minutes.ProfileKind;
import vn.nghisu.store.MinutesDraftRepository;

/**
 * Which template a meeting's minutes use: the meeting's own, else its working group's, else the built-in State
 * template. Offices edit letterhead, margins and font sizes as data, stored as template JSON (V6).
 */
public final class MinutesProfiles {
    private final MinutesDraftRepository drafts;

    public MinutesProfiles(MinutesDraftRepository drafts) {
        this.drafts = drafts;
    }

    public DocumentProfile forMeeting(Meeting meeting) {
        return ownOfMeeting(meeting.id())
                .or(() -> meeting.workingGroupId() == null ? Optional.empty() : ownOfGroup(meeting.workingGroupId()))
                .orElseGet(DocumentProfiles::state);
    }

    /** As {@link #forMeeting} when the kind matches; another kind asked for gives that kind's built-in template. */
    public DocumentProfile forMeeting(Meeting meeting, ProfileKind kind) {
        DocumentProfile profile = forMeeting(meeting);
        return kind == null || profile.kind() == kind ? profile : DocumentProfiles.builtIn(kind);
    }

    public DocumentProfile forGroup(UUID workingGroupId) {
        return ownOfGroup(workingGroupId).orElseGet(DocumentProfiles::state);
    }

    public Optional<DocumentProfile> ownOfMeeting(UUID meetingId) {
        return drafts.profileOfMeeting(meetingId).map(MinutesProfiles::parse);
    }

    public Optional<DocumentProfile> ownOfGroup(UUID workingGroupId) {
        return drafts.profileOfGroup(workingGroupId).map(MinutesProfiles::parse);
    }

    public void saveForGroup(UUID workingGroupId, DocumentProfile profile) {
        drafts.save(new MinutesProfileSetting(null, workingGroupId, null, profile.kind().name(),
                DocumentProfiles.toJson(profile)));
    }

    public void saveForMeeting(UUID meetingId, DocumentProfile profile) {
        drafts.save(new MinutesProfileSetting(null, null, meetingId, profile.kind().name(),
                DocumentProfiles.toJson(profile)));
    }

    public void clearForMeeting(UUID meetingId) {
        drafts.clearMeetingProfile(meetingId);
    }

    private static DocumentProfile parse(MinutesProfileSetting setting) {
        try {
            return DocumentProfiles.fromJson(setting.json());
        } catch (IOException | IllegalArgumentException e) {
            throw new ValidationException("minutes.profile.unreadable");
        }
    }
}
