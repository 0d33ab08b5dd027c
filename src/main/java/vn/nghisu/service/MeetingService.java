package vn.nghisu.service;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.nghisu.domain.MeetingDetail;
import vn.nghisu.domain.MeetingSummary;
import vn.nghisu.service.demo.SampleMeetingLoader;
import vn.nghisu.store.Database;
import vn.nghisu.store.Repositories;

/** Meetings as the screens and commands need them: the list, one meeting whole, the sample. */
public final class MeetingService {
    private final Database db;

    public MeetingService(Database db) {
        this.db = db;
    }

    public List<MeetingSummary> list() {
        return db.repositories().meetings().list();
    }

    public boolean isEmpty() {
        return list().isEmpty();
    }

    public Optional<MeetingDetail> load(UUID meetingId) {
        Repositories r = db.repositories();
        return r.meetings().find(meetingId).map(m -> new MeetingDetail(m, r.parts().attendance(meetingId),
                r.parts().agenda(meetingId), r.parts().statements(meetingId), r.issues().findByMeeting(meetingId),
                r.parts().directives(meetingId), r.actions().findByMeeting(meetingId)));
    }

    public UUID loadSample() {
        return new SampleMeetingLoader(db).load();
    }
}
