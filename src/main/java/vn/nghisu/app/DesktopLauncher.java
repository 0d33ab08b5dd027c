package vn.nghisu.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.nghisu.service.Settings;
import vn.nghisu.store.DatabaseConfig;
import vn.nghisu.ui.Messages;
import vn.nghisu.ui.task.FxBackgroundTasks;

/** The composition root of the window: wires settings, worker and store, launches JavaFX, closes all at exit. */
public final class DesktopLauncher {
    private static final Logger LOG = LoggerFactory.getLogger(DesktopLauncher.class);

    private DesktopLauncher() {
    }

    /**
     * Runs on the main thread. Only the small settings file is read here: the database opens on the worker
     * once the window is up, so a large or locked database never delays the first frame.
     */
    public static void launch(Path dataDir, Path packageFile) {
        Settings settings = Settings.load(dataDir);
        FxBackgroundTasks tasks = new FxBackgroundTasks();
        StoreHolder store = new StoreHolder(DatabaseConfig.embedded(dataDir).withGuard(Platform::isFxApplicationThread));
        FxApp.startup = new DesktopWindow.Startup(new Messages(settings.locale()), settings, tasks, dataDir, store::open,
                Optional.ofNullable(packageFile), PackageFileHandler.noteInStatus());
        try {
            Application.launch(FxApp.class);
        } finally {
            tasks.shutdown();
            store.close();
            try {
                settings.save();
            } catch (IOException e) {
                LOG.warn("Settings not saved", e);
            }
        }
    }
}
