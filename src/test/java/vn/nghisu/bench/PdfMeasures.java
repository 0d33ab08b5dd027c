package vn.nghisu.bench;

import java.io.ByteArrayOutputStream;
import vn.nghisu.minutes.BenchDocuments;
import vn.nghisu.minutes.DocumentProfile;
import vn.nghisu.minutes.DocumentProfiles;
import vn.nghisu.minutes.MinutesDocument;
import vn.nghisu.minutes.PdfMinutesRenderer;

/**
 * Minutes PDF render times with one renderer (one font cache), as MinutesService keeps it. The first render
 * of the process (font parsing, class loading, interpreted code) is reported on its own row.
 */
final class PdfMeasures {
    private final Table table;
    private final PdfMinutesRenderer renderer = new PdfMinutesRenderer();
    private final DocumentProfile profile = DocumentProfiles.state();

    PdfMeasures(Table table) {
        this.table = table;
    }

    void run() throws Exception {
        MinutesDocument small = BenchDocuments.threePages();
        MinutesDocument large = BenchDocuments.hundredPages();
        Samples smallRuns = Samples.time(40, 30, () -> render(small));
        Samples largeRuns = Samples.time(5, 10, () -> render(large));
        table.add("minutes PDF, first render in the process (" + pages(small) + " pages)",
                smallRuns.first(), Target.NONE);
        table.add("minutes PDF, " + pages(small) + " pages, warm", smallRuns, Target.median(30));
        table.add("minutes PDF, " + pages(large) + " pages, warm", largeRuns, Target.median(1000));
    }

    private byte[] render(MinutesDocument doc) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        renderer.render(doc, profile, out);
        return out.toByteArray();
    }

    private int pages(MinutesDocument doc) throws Exception {
        return BenchDocuments.pages(render(doc));
    }
}
