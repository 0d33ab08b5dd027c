package vn.nghisu.ui;

import java.nio.file.Path;
import vn.nghisu.service.DirectoryService;
import vn.nghisu.service.MeetingService;
import vn.nghisu.service.Services;
import vn.nghisu.service.Settings;
import vn.nghisu.ui.task.BackgroundTasks;

/** What every screen is given by the composition root: strings, the background worker, the services. */
public record UiContext(Messages messages, BackgroundTasks tasks, Settings settings, Path dataDir, Services services) {

    public MeetingService meetings() {
        return services.meetings();
    }

    public DirectoryService directory() {
        return services.directory();
    }

}
