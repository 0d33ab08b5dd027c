package vn.nghisu.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Application;
import org.slf4j.LoggerFactory;
import vn.nghisu.service.Settings;
import vn.nghisu.ui.Messages;
import vn.nghisu.ui.task.FxBackgroundTasks;

/** The composition root of the window: wires logging, settings, worker and store, launches JavaFX, closes all at exit. */
public final class DesktopLauncher {
    private DesktopLauncher() {
    }

    /**
     * Runs on the main thread. Only the small settings file is read here: the database opens on the worker
     * once the window is up (after the password dialog when encrypted), so it never delays the first frame. A window
     * already open on this data folder takes the start over instead (see {@link RunningInstance}).
     */
    public static void launch(Path dataDir, Path packageFile) {
        if (RunningInstance.handOver(dataDir, Optional.ofNullable(packageFile))) {
            System.err.println("Nghị Sự đang mở với dữ liệu này: đã chuyển sang cửa sổ đó."
                    + " / Nghị Sự is already open on this data: switched to that window.");
            return;
        }
        // logback's start-up (a quarter of a second cold) runs while the JavaFX toolkit starts, not before it
        Thread logging = new Thread(() -> Logging.toDataFolder(dataDir), "logging-setup");
        logging.start();
        Settings settings = Settings.load(dataDir);
        Messages messages = new Messages(settings.locale());
        UncaughtErrors.install(messages);
        FxBackgroundTasks tasks = new FxBackgroundTasks();
        Session session = new Session(dataDir);
        FxApp.startup = new DesktopWindow.Startup(messages, settings, tasks, dataDir, session,
                Optional.ofNullable(packageFile), PackageFileHandler.previewImport());
        try {
            Application.launch(FxApp.class);
        } finally {
            tasks.shutdown();
            session.close();
            try {
                settings.save();
            } catch (IOException e) {
                LoggerFactory.getLogger(DesktopLauncher.class).warn("Settings not saved", e);
            }
        }
    }
}
