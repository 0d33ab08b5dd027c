package vn.nghisu.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The results as a Markdown table: measure, median, p95, runs, median CPU time, target, met?. */
final class Table {
    private final List<String> rows = new ArrayList<>();

    void add(String measure, Samples s, Target target) {
        String cpu = Double.isNaN(s.cpuMedian()) ? "—" : number(s.cpuMedian()) + " ms";
        rows.add(row(measure, number(s.median()) + " ms", number(s.p95()) + " ms", String.valueOf(s.count()), cpu,
                target.describe(), target.met(s.median(), s.p95())));
    }

    /** A single figure, such as a memory size, that has no spread. */
    void addValue(String measure, double value, String unit, Target target) {
        rows.add(row(measure, number(value) + " " + unit, "—", "1", "—", target.describe(), target.met(value, value)));
    }

    String markdown() {
        StringBuilder out = new StringBuilder();
        out.append(row("measure", "median", "p95", "runs", "CPU median", "target", "met?")).append('\n');
        out.append("| --- | ---: | ---: | ---: | ---: | --- | --- |\n");
        rows.forEach(r -> out.append(r).append('\n'));
        return out.toString();
    }

    private static String row(String... cells) {
        return "| " + String.join(" | ", cells) + " |";
    }

    static String number(double value) {
        if (value >= 100) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        return String.format(Locale.ROOT, value >= 10 ? "%.1f" : "%.2f", value);
    }
}
