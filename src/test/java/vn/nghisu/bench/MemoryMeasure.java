package vn.nghisu.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Resident memory of a fresh JVM holding the province database open, with the launcher's and other JVM flags. */
final class MemoryMeasure {
    private final BenchData data;
    private final Table table;

    MemoryMeasure(BenchData data, Table table) {
        this.data = data;
        this.table = table;
    }

    /** One row per JVM flag set. */
    void run(List<String> flagSets) throws Exception {
        for (String flags : flagSets) {
            String result = probe(flags);
            String[] parts = result.trim().split("[= ]");
            double rss = Double.parseDouble(parts[1]);
            table.addValue("resident memory, fresh JVM, dataset open after dashboard + search, flags `"
                    + (flags.isBlank() ? "(none)" : flags) + "` (heap used " + Math.round(Double.parseDouble(parts[3]))
                    + " MB, committed " + Math.round(Double.parseDouble(parts[5])) + " MB)", rss, "MB",
                    Target.megabytes(300));
        }
    }

    private String probe(String flags) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String flag : flags.trim().split("\\s+")) {
            if (!flag.isEmpty()) {
                command.add(flag);
            }
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), RssProbe.class.getName(),
                data.dir().toString()));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0 || !out.contains("rss=")) {
            throw new IllegalStateException("memory probe failed: " + out);
        }
        return out.substring(out.indexOf("rss="));
    }
}
