package vn.nghisu.minutes;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import org.apache.pdfbox.pdmodel.PDDocument;

/** Warm render times of a 3-page and a 100-page minutes PDF (median of 20 after warm-up); run by hand, not a test. */
public final class MinutesBenchmark {

    private static final int WARM_UP = 60;
    private static final int RUNS = 20;

    private MinutesBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        PdfMinutesRenderer renderer = new PdfMinutesRenderer();
        DocumentProfile profile = DocumentProfiles.state();
        measure("sample", SampleMinutes.document(), renderer, profile, 30);
        measure("long", SampleMinutes.withStatementsRepeated(930), renderer, profile, 1000);
    }

    private static void measure(String name, MinutesDocument doc, PdfMinutesRenderer renderer,
            DocumentProfile profile, long goalMs) throws IOException {
        byte[] pdf = null;
        for (int i = 0; i < WARM_UP; i++) {
            pdf = render(doc, renderer, profile);
        }
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            render(doc, renderer, profile);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        int pages;
        try (PDDocument loaded = PdfInspection.load(pdf)) {
            pages = loaded.getNumberOfPages();
        }
        System.out.printf("%-7s %4d pages %7d bytes  median %8.1f ms  min %8.1f ms  max %8.1f ms  goal <= %d ms%n",
                name, pages, pdf.length, (millis[RUNS / 2 - 1] + millis[RUNS / 2]) / 2, millis[0], millis[RUNS - 1],
                goalMs);
    }

    private static byte[] render(MinutesDocument doc, PdfMinutesRenderer renderer, DocumentProfile profile)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        renderer.render(doc, profile, out);
        return out.toByteArray();
    }
}
