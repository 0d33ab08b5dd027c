package vn.nghisu.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** What the figures were measured on: cores, CPU, RAM, JDK, load, and this process's resident memory. */
final class Machine {
    private Machine() {
    }

    static String describe() {
        return String.format(Locale.ROOT, "%d cores (nproc), %s, %s RAM, JDK %s (%s), max heap %d MB, load average %s",
                Runtime.getRuntime().availableProcessors(), field("/proc/cpuinfo", "model name"),
                field("/proc/meminfo", "MemTotal"), System.getProperty("java.version"),
                System.getProperty("java.vm.name"), Runtime.getRuntime().maxMemory() >> 20, loadAverage());
    }

    static String loadAverage() {
        String load = read("/proc/loadavg");
        return load.isEmpty() ? "?" : String.join(" ", List.of(load.split(" ")).subList(0, 3));
    }

    /** VmRSS of this process in MB, after two full collections so garbage does not count (G1 uncommits late). */
    static double residentMegabytesAfterGc() throws InterruptedException {
        System.gc();
        Thread.sleep(500);
        System.gc();
        Thread.sleep(1000);
        String kb = field("/proc/self/status", "VmRSS").replace("kB", "").trim();
        return kb.isEmpty() ? Double.NaN : Long.parseLong(kb) / 1024.0;
    }

    static double heapUsedMegabytes() {
        Runtime rt = Runtime.getRuntime();
        return (rt.totalMemory() - rt.freeMemory()) / 1048576.0;
    }

    private static String field(String file, String name) {
        for (String line : read(file).split("\n")) {
            if (line.startsWith(name)) {
                return line.substring(line.indexOf(':') + 1).trim();
            }
        }
        return "";
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file)).trim();
        } catch (IOException e) {
            return "";
        }
    }
}
