package vn.nghisu.bench;

/** A goal of issue #9: a limit on the median or on the p95 of a measure. */
record Target(double limit, boolean onP95, String unit) {
    static final Target NONE = new Target(Double.NaN, false, "ms");

    static Target median(double limitMs) {
        return new Target(limitMs, false, "ms");
    }

    static Target p95(double limitMs) {
        return new Target(limitMs, true, "ms");
    }

    static Target megabytes(double limit) {
        return new Target(limit, false, "MB");
    }

    boolean exists() {
        return !Double.isNaN(limit);
    }

    String describe() {
        if (!exists()) {
            return "—";
        }
        return (onP95 ? "p95 ≤ " : "≤ ") + Table.number(limit) + " " + unit;
    }

    String met(double median, double p95) {
        if (!exists()) {
            return "";
        }
        return (onP95 ? p95 : median) <= limit ? "yes" : "**no**";
    }
}
