package vn.nghisu.app;

import java.util.concurrent.atomic.AtomicReference;
import vn.nghisu.service.Services;
import vn.nghisu.store.Database;
import vn.nghisu.store.DatabaseConfig;

/** Opens the database once, on the worker thread, and closes it at exit whether or not the window got that far. */
final class StoreHolder {
    private final DatabaseConfig config;
    private final AtomicReference<Database> db = new AtomicReference<>();

    StoreHolder(DatabaseConfig config) {
        this.config = config;
    }

    Services open() {
        Database opened = Database.open(config);
        db.set(opened);
        return Services.over(opened);
    }

    void close() {
        Database opened = db.getAndSet(null);
        if (opened != null) {
            opened.close();
        }
    }
}
