package vn.nghisu.app;

import java.nio.file.Path;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.nghisu.service.ServerChoice;
import vn.nghisu.service.Services;
import vn.nghisu.service.Settings;
import vn.nghisu.store.Database;
import vn.nghisu.store.FileEncryption;
import vn.nghisu.store.KeyDerivation;
import vn.nghisu.ui.Messages;
import vn.nghisu.ui.UiContext;
import vn.nghisu.ui.task.FxBackgroundTasks;

/** The database of one window's life: opened (with the password when encrypted), backed up daily, closed at exit. */
final class Session {
    private static final Logger LOG = LoggerFactory.getLogger(Session.class);
    private final Path dataDir;
    private final Settings settings;
    private final Messages messages;
    private final FxBackgroundTasks tasks;
    private volatile Database db;

    Session(Path dataDir, Settings settings, Messages messages, FxBackgroundTasks tasks) {
        this.dataDir = dataDir;
        this.settings = settings;
        this.messages = messages;
        this.tasks = tasks;
    }

    boolean needsPassword() {
        return FileEncryption.isEncrypted(dataDir);
    }

    Messages messages() {
        return messages;
    }

    FxBackgroundTasks tasks() {
        return tasks;
    }

    /** Off the FX thread: the key derivation takes a good part of a second on purpose. */
    UiContext open(char[] password) {
        db = Database.open(KeyDerivation.config(dataDir, password).withGuard(Platform::isFxApplicationThread),
                ServerChoice.resolve(null, null, null, settings));
        Services services = Services.over(db);
        try {
            services.backups().backupIfDue(db).ifPresent(p -> LOG.info("Start-up backup {}", p));
        } catch (RuntimeException e) {
            LOG.warn("Start-up backup failed; the app opens anyway", e);
        }
        return new UiContext(messages, tasks, settings, dataDir, services);
    }

    void close() {
        Database open = db;
        if (open != null) {
            open.close();
        }
    }
}
