package vn.nghisu.service;

import vn.nghisu.store.Database;

/** Every service over one open database, built in one place for the window, the commands and the tests. */
public record Services(Database db, MeetingService meetings, DirectoryService directory, FollowUpService followUp,
                       MeetingEditorService editor) {

    public static Services over(Database db) {
        MeetingService meetings = new MeetingService(db);
        return new Services(db, meetings, new DirectoryService(db), new FollowUpService(db),
                new MeetingEditorService(db, meetings));
    }
}
