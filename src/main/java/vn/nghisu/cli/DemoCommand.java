package vn.nghisu.cli;

import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.nghisu.service.demo.SampleMeetingLoader;
import vn.nghisu.store.Database;

/** `demo`: creates (or adds to) a database holding the sample meeting. */
@Command(name = "demo", description = "Load the sample meeting (Lâm Bình) into the database")
public final class DemoCommand implements Callable<Integer> {
    @Mixin
    DbOption db;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Database database = db.open()) {
            UUID id = new SampleMeetingLoader(database).load();
            spec.commandLine().getOut().println("Đã nạp cuộc họp mẫu / sample meeting loaded: " + id);
            spec.commandLine().getOut().println("Database: " + database.config().dataDir());
        }
        return 0;
    }
}
