package vn.nghisu.app;

import java.io.IOException;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.nghisu.service.ServerChoice;
import vn.nghisu.service.Services;
import vn.nghisu.service.Settings;
import vn.nghisu.store.Database;
import vn.nghisu.store.DatabaseConfig;
import vn.nghisu.store.StoreException;
import vn.nghisu.ui.Messages;
import vn.nghisu.ui.UiContext;
import vn.nghisu.ui.task.FxBackgroundTasks;

/** The composition root of the window: opens the store, wires services and screens, closes all at exit. */
public final class DesktopLauncher {
    private static final Logger LOG = LoggerFactory.getLogger(DesktopLauncher.class);

    private DesktopLauncher() {
    }

    /** Runs on the main thread, so settings and database files are never touched from the JavaFX thread. */
    /** With a URL (or the db.url setting) the window works on the shared office PostgreSQL database. */
    public static void launch(Path dataDir, String dbUrl, String dbUser, String dbPassword) {
        Settings settings = Settings.load(dataDir);
        Messages messages = new Messages(settings.locale());
        FxBackgroundTasks tasks = new FxBackgroundTasks();
        Database db = null;
        try {
            db = Database.open(DatabaseConfig.embedded(dataDir).withGuard(Platform::isFxApplicationThread),
                    ServerChoice.resolve(dbUrl, dbUser, dbPassword, settings));
            FxApp.startup = new FxApp.Startup(new UiContext(messages, tasks, settings, dataDir, Services.over(db)), null);
        } catch (StoreException e) {
            LOG.warn("Cannot open the database", e);
            FxApp.startup = new FxApp.Startup(null, messages.get(e.key()) + "\n\n" + e.getMessage());
        }
        try {
            Application.launch(FxApp.class);
        } finally {
            tasks.shutdown();
            if (db != null) {
                db.close();
            }
            try {
                settings.save();
            } catch (IOException e) {
                LOG.warn("Settings not saved", e);
            }
        }
    }
}
