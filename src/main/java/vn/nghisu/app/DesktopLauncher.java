package vn.nghisu.app;

import java.io.IOException;
import java.nio.file.Path;
import javafx.application.Application;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.nghisu.service.Settings;
import vn.nghisu.store.StoreException;
import vn.nghisu.ui.Messages;
import vn.nghisu.ui.task.FxBackgroundTasks;

/** The composition root of the window: opens the store, wires services and screens, closes all at exit. */
public final class DesktopLauncher {
    private DesktopLauncher() {
    }

    /**
     * Runs on the main thread, so settings and database files are never touched from the JavaFX thread.
     * An encrypted database is opened later, after the password dialog, on the background worker.
     */
    public static void launch(Path dataDir) {
        Logging.toDataFolder(dataDir);
        Logger log = LoggerFactory.getLogger(DesktopLauncher.class);
        Settings settings = Settings.load(dataDir);
        Messages messages = new Messages(settings.locale());
        UncaughtErrors.install(messages);
        FxBackgroundTasks tasks = new FxBackgroundTasks();
        Session session = new Session(dataDir, settings, messages, tasks);
        FxApp.startup = new FxApp.Startup(session, null, null);
        if (!session.needsPassword()) {
            try {
                FxApp.startup = new FxApp.Startup(session, session.open(null), null);
            } catch (StoreException e) {
                log.warn("Cannot open the database", e);
                FxApp.startup = new FxApp.Startup(session, null, messages.get(e.key()) + "\n\n" + e.getMessage());
            }
        }
        try {
            Application.launch(FxApp.class);
        } finally {
            tasks.shutdown();
            session.close();
            try {
                settings.save();
            } catch (IOException e) {
                log.warn("Settings not saved", e);
            }
        }
    }
}
