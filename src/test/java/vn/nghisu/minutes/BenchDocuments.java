package vn.nghisu.minutes;

/** The minutes documents the performance harness renders: the 3-page sample and a 100-page one built from it. */
public final class BenchDocuments {
    /** Statements repeated until the sample minutes fill 100 A4 pages (checked by the harness's page count). */
    private static final int REPEATS_FOR_100_PAGES = 930;

    private BenchDocuments() {
    }

    public static MinutesDocument threePages() {
        return SampleMinutes.document();
    }

    public static MinutesDocument hundredPages() {
        return SampleMinutes.withStatementsRepeated(REPEATS_FOR_100_PAGES);
    }

    /** The number of pages of a rendered PDF. */
    public static int pages(byte[] pdf) throws java.io.IOException {
        try (var loaded = PdfInspection.load(pdf)) {
            return loaded.getNumberOfPages();
        }
    }
}
