package vn.nghisu.service;

import java.time.Clock;
import vn.nghisu.store.Database;

/** Every service over one open database, built in one place for the window, the commands and the tests. */
public record Services(Database db, MeetingService meetings, DirectoryService directory, FollowUpService followUp,
        BackupService backups, EncryptionService encryption, SaveGuard saveGuard) {

    public static Services over(Database db) {
        Clock clock = Clock.systemDefaultZone();
        return new Services(db, new MeetingService(db), new DirectoryService(db), new FollowUpService(db),
                new BackupService(db.config().dataDir(), clock), new EncryptionService(db.config().dataDir(), clock),
                new SaveGuard(db));
    }
}
