package vn.nghisu.service.minutes;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.nghisu.domain.Meeting;
import vn.nghisu.domain.MeetingDetail;
import vn.nghisu.domain.MeetingStatus;
import vn.nghisu.domain.MeetingSummary;
import vn.nghisu.domain.MinutesSection;
import vn.nghisu.domain.MinutesVersion;
import vn.nghisu.domain.ValidationException;
import vn.nghisu.minutes.DocumentProfile;
import vn.nghisu.minutes.DocxMinutesRenderer;
import vn.nghisu.minutes.ExportFailedException;
import vn.nghisu.minutes.MinutesDocument;
import vn.nghisu.minutes.MinutesRenderer;
import vn.nghisu.minutes.PdfFonts;
import vn.nghisu.minutes.PdfMinutesRenderer;
import vn.nghisu.minutes.ProfileKind;
import vn.nghisu.service.MeetingService;
import vn.nghisu.store.Database;
import vn.nghisu.store.MinutesDraftRepository;

/** A meeting's minutes: assembled from the meeting, rendered, exported, finalized as hashed versions. */
public final class MinutesService {
    private final Database db;
    private final MeetingService meetings;
    private final MinutesDraftRepository drafts;
    private final MinutesProfiles profiles;
    private final PdfFonts fonts = new PdfFonts();

    public MinutesService(Database db, MeetingService meetings) {
        this.db = db;
        this.meetings = meetings;
        this.drafts = MinutesDraftRepository.over(db);
        this.profiles = new MinutesProfiles(drafts);
    }

    public MinutesProfiles profiles() {
        return profiles;
    }

    /** The newest meeting by date, as the meetings list shows first. */
    public Optional<UUID> latestMeeting() {
        return meetings.list().stream().findFirst().map(MeetingSummary::id);
    }

    public boolean exists(UUID meetingId) {
        return meetings.load(meetingId).isPresent();
    }

    public MeetingDetail meeting(UUID meetingId) {
        return meetings.load(meetingId).orElseThrow(() -> new ValidationException("minutes.meeting.unknown"));
    }

    /** The minutes as they stand; the footer names the finalized version when nothing changed since. */
    public MinutesDocument document(UUID meetingId) {
        MinutesDocument doc = new MinutesAssembler(NameBook.of(db.repositories())).assemble(meeting(meetingId),
                drafts.sections(meetingId));
        String sha = CanonicalMinutes.sha256(CanonicalMinutes.json(doc));
        return latestVersion(meetingId).filter(v -> v.sha256().equals(sha))
                .map(v -> doc.withFooter(CanonicalMinutes.footer(v.versionNo(), v.sha256()))).orElse(doc);
    }

    public DocumentProfile profile(UUID meetingId, ProfileKind kind) {
        return profiles.forMeeting(meeting(meetingId).meeting(), kind);
    }

    public byte[] pdf(UUID meetingId, ProfileKind kind) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfMinutesRenderer(fonts).render(document(meetingId), profile(meetingId, kind), out);
        return out.toByteArray();
    }

    /** Writes the file atomically: on failure the previous file, if any, is left as it was. */
    public void export(UUID meetingId, MinutesFormat format, Path target, ProfileKind kind) throws ExportFailedException {
        MinutesRenderer renderer = format == MinutesFormat.PDF ? new PdfMinutesRenderer(fonts)
                : new DocxMinutesRenderer(fonts);
        renderer.export(document(meetingId), profile(meetingId, kind), target);
    }

    /**
     * Locks the minutes as they stand and closes the meeting. Unchanged content keeps its version; changed
     * content becomes the next version, with a summary of what changed since the previous one.
     */
    public MinutesVersion finalizeMinutes(UUID meetingId, String finalizedBy) {
        MinutesDocument doc = document(meetingId);
        String json = CanonicalMinutes.json(doc);
        String sha = CanonicalMinutes.sha256(json);
        return db.inTransaction(repos -> {
            List<MinutesVersion> versions = repos.minutes().versions(meetingId);
            MinutesVersion last = versions.isEmpty() ? null : versions.get(versions.size() - 1);
            MinutesVersion version = last != null && last.sha256().equals(sha) ? last
                    : new MinutesVersion(null, meetingId, versions.size() + 1, json, sha, finalizedBy, Instant.now(),
                            MinutesChanges.summary(last == null ? null : CanonicalMinutes.parse(last.content()), doc));
            if (version != last) {
                repos.minutes().save(version);
            }
            Meeting m = repos.meetings().find(meetingId).orElseThrow(() -> new ValidationException("minutes.meeting.unknown"));
            if (m.status() != MeetingStatus.CLOSED) {
                repos.meetings().save(new Meeting(m.id(), m.title(), m.kindId(), m.date(), m.start(), m.end(), m.place(),
                        m.hostUnitId(), m.workingGroupId(), m.chairId(), m.secretaryId(), MeetingStatus.CLOSED,
                        m.closingNote()));
            }
            return version;
        });
    }

    public List<MinutesVersion> versions(UUID meetingId) {
        return db.repositories().minutes().versions(meetingId);
    }

    public Optional<MinutesVersion> latestVersion(UUID meetingId) {
        List<MinutesVersion> versions = versions(meetingId);
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    public List<MinutesSection> sections(UUID meetingId) {
        return drafts.sections(meetingId);
    }

    public void saveSection(MinutesSection section) {
        drafts.save(section);
    }

    public void deleteSection(UUID sectionId) {
        drafts.deleteSection(sectionId);
    }
}
