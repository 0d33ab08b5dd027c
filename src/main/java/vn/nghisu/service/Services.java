package vn.nghisu.service;

import java.time.Clock;
import vn.nghisu.exchange.ExchangeService;
import vn.nghisu.service.followup.FollowUpServices;
import vn.nghisu.service.minutes.MinutesService;
import vn.nghisu.store.Database;

/** Every service over one open database, built in one place for the window, the commands and the tests. */
public record Services(Database db, MeetingService meetings, DirectoryService directory,
                       MinutesService minutes, BackupService backups, EncryptionService encryption, SaveGuard saveGuard,
                       MeetingEditorService editor, ExchangeService exchange, FollowUpServices followUps) {

    public static Services over(Database db) {
        MeetingService meetings = new MeetingService(db);
        DirectoryService directory = new DirectoryService(db);
        Clock clock = Clock.systemDefaultZone();
        return new Services(db, meetings, directory, new MinutesService(db, meetings),
                new BackupService(db.config().dataDir(), clock), new EncryptionService(db.config().dataDir(), clock),
                new SaveGuard(db), new MeetingEditorService(db, meetings), new ExchangeService(db),
                FollowUpServices.over(db, clock));
    }
}
