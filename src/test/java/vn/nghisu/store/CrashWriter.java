package vn.nghisu.store;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.UUID;
import vn.nghisu.domain.Person;
import vn.nghisu.domain.Unit;
import vn.nghisu.domain.UnitLevel;

/**
 * The child process of {@link CrashHarnessTest}: saves numbered edits as the app does (one transaction
 * each: a new unit, a person in it, and an update of a shared counter row) and prints "ack n" only after
 * the commit and CHECKPOINT SYNC returned (as SaveGuard.saveAndSync), until it is killed.
 */
public final class CrashWriter {
    static final UUID COUNTER = UUID.nameUUIDFromBytes("counter".getBytes(StandardCharsets.UTF_8));

    private CrashWriter() {
    }

    static UUID unitId(long n) {
        return UUID.nameUUIDFromBytes(("unit-" + n).getBytes(StandardCharsets.UTF_8));
    }

    static UUID personId(long n) {
        return UUID.nameUUIDFromBytes(("person-" + n).getBytes(StandardCharsets.UTF_8));
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Database db = Database.open(DatabaseConfig.embedded(Path.of(args[0])), false);
        out.println("ready");
        for (long n = Long.parseLong(args[1]);; n++) {
            long k = n;
            db.inTransaction(repos -> {
                repos.units().save(new Unit(unitId(k), "Đơn vị thử nghiệm số " + k, null, null, UnitLevel.XA, null));
                repos.persons().save(new Person(personId(k), "Nguyễn Văn Thử " + k, "Cán bộ", unitId(k)));
                repos.units().save(new Unit(COUNTER, "Bộ đếm " + k, null, null, UnitLevel.TINH, null));
                return null;
            });
            // what SaveGuard.saveAndSync does before the screen may say "Đã lưu": a bare commit is not enough
            db.sync();
            out.println("ack " + k);
        }
    }
}
