package vn.nghisu.service;

import java.time.Clock;
import vn.nghisu.service.followup.FollowUpServices;
import vn.nghisu.store.Database;

/** Every service over one open database, built in one place for the window, the commands and the tests. */
public record Services(Database db, MeetingService meetings, DirectoryService directory, FollowUpService followUp,
                       FollowUpServices followUps) {

    public static Services over(Database db) {
        return new Services(db, new MeetingService(db), new DirectoryService(db), new FollowUpService(db),
                FollowUpServices.over(db, Clock.systemDefaultZone()));
    }
}
