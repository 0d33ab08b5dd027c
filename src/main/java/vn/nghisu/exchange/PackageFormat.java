package vn.nghisu.exchange;

import java.util.regex.Pattern;

/** The fixed facts of the .nghisu format: version, entry names, and the limits a reader enforces. */
public final class PackageFormat {
    public static final int FORMAT_VERSION = 1;
    public static final String EXTENSION = ".nghisu";
    public static final String MANIFEST = "manifest.json";
    public static final String DATA_PREFIX = "data/";
    /** Largest package file accepted, and the largest total once unpacked. */
    public static final long MAX_FILE_BYTES = 256L * 1024 * 1024;
    public static final long MAX_TOTAL_BYTES = 1024L * 1024 * 1024;
    public static final long MAX_ENTRY_BYTES = 512L * 1024 * 1024;
    /** Unpacked-to-packed ratio above which an entry counts as a zip bomb (checked for entries above 64 KiB). */
    public static final long MAX_RATIO = 100;
    public static final long RATIO_FLOOR_BYTES = 64 * 1024;
    public static final int MAX_ENTRIES = 64;
    /** Rows in one data file, the schema's maxItems of "rows". */
    public static final int MAX_ROWS = 5_000_000;
    /** No column holds more than ten million characters (minutes content). */
    public static final int MAX_STRING_CHARS = 10_000_000;
    static final Pattern DATA_ENTRY = Pattern.compile("data/([a-z_]{1,40})\\.json");

    private PackageFormat() {
    }

    public static String dataEntry(String table) {
        return DATA_PREFIX + table + ".json";
    }
}
