package vn.nghisu.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import vn.nghisu.exchange.ExchangeService;
import vn.nghisu.store.Database;
import vn.nghisu.store.DatabaseConfig;

/**
 * Not a test: run in a fresh JVM with the app launcher's flags, imports the package into new empty databases
 * (each opened before and closed after the timed call) and prints one "ms=" line per import, the first one cold.
 * Args: package file, number of imports.
 */
public final class ImportProbe {
    private ImportProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int imports = Integer.parseInt(args[1]);
        Path work = Files.createTempDirectory("nghisu-import-probe");
        for (int i = 0; i < imports; i++) {
            try (Database office = Database.open(DatabaseConfig.embedded(work.resolve("office" + i)))) {
                long start = System.nanoTime();
                new ExchangeService(office).importPackage(file);
                System.out.println("ms=" + (System.nanoTime() - start) / 1e6);
            }
        }
    }
}
