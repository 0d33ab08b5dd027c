package vn.nghisu.store;

import java.io.IOException;
import java.nio.file.Path;

/** Child process of {@link OneInstanceTest}: keeps the database open until its stdin closes. */
public final class HoldOpen {
    private HoldOpen() {
    }

    public static void main(String[] args) throws IOException {
        try (Database db = Database.open(DatabaseConfig.embedded(Path.of(args[0])))) {
            System.out.println("open");
            System.out.flush();
            while (System.in.read() >= 0) {
                db.sync();
            }
        }
    }
}
