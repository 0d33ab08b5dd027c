package vn.nghisu.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.nghisu.service.ServerChoice;
import vn.nghisu.service.Services;
import vn.nghisu.service.Settings;
import vn.nghisu.store.Database;
import vn.nghisu.store.DatabaseConfig;
import vn.nghisu.store.FileEncryption;
import vn.nghisu.store.KeyDerivation;
import vn.nghisu.store.ServerConfig;

/** The database of one window's life: opened (with the password when encrypted), backed up daily, closed at exit. */
final class Session implements StoreOpener {
    private static final Logger LOG = LoggerFactory.getLogger(Session.class);
    private final Path dataDir;
    private final AtomicReference<Database> db = new AtomicReference<>();
    private volatile boolean createdNew;

    Session(Path dataDir) {
        this.dataDir = dataDir;
    }

    @Override
    public boolean needsPassword() {
        return FileEncryption.isEncrypted(dataDir);
    }

    /** Off the FX thread: the key derivation takes a good part of a second on purpose. */
    @Override
    public Services open(char[] password) {
        ServerConfig server = ServerChoice.resolve(null, null, null, Settings.load(dataDir));
        boolean existed = Files.exists(DatabaseConfig.embedded(dataDir).databaseFile());
        Database opened = Database.open(KeyDerivation.config(dataDir, password).withGuard(Platform::isFxApplicationThread),
                server);
        createdNew = !existed && server == null;
        db.set(opened);
        Services services = Services.over(opened);
        // The daily backup and then the search index's catch-up run beside the window, not before it: at a
        // province's size the backup alone takes 12 s (a 350 MB file), and BACKUP TO is an online backup.
        Thread housekeeping = new Thread(() -> {
            try {
                services.backups().backupIfDue(opened).ifPresent(p -> LOG.info("Start-up backup {}", p));
            } catch (RuntimeException e) {
                LOG.warn("Start-up backup failed; the app opens anyway", e);
            }
            services.followUps().search().catchUpInBackground();
        }, "nghisu-start-up");
        housekeeping.setDaemon(true);
        housekeeping.start();
        return services;
    }

    @Override
    public boolean createdNew() {
        return createdNew;
    }

    void close() {
        Database opened = db.getAndSet(null);
        if (opened != null) {
            opened.close();
        }
    }
}
