package vn.nghisu.ui;

import java.nio.file.Path;
import vn.nghisu.service.DirectoryService;
import vn.nghisu.service.FollowUpService;
import vn.nghisu.service.MeetingService;
import vn.nghisu.service.Settings;
import vn.nghisu.ui.task.BackgroundTasks;

/** What every screen is given by the composition root: strings, the background worker, the services. */
public record UiContext(Messages messages, BackgroundTasks tasks, Settings settings, Path dataDir,
                        MeetingService meetings, DirectoryService directory, FollowUpService followUp) {
}
