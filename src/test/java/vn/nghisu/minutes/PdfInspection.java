package vn.nghisu.minutes;

import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.pdfbox.text.TextPosition;

/** Renders minutes to PDF in memory and reads them back with PDFBox, as a reader's tools would. */
final class PdfInspection {

    private static final PdfMinutesRenderer RENDERER = new PdfMinutesRenderer();

    private PdfInspection() {
    }

    static byte[] render(MinutesDocument doc, DocumentProfile profile) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RENDERER.render(doc, profile, out);
        return out.toByteArray();
    }

    static PDDocument load(byte[] pdf) throws IOException {
        return Loader.loadPDF(pdf);
    }

    static String text(PDDocument pdf) throws IOException {
        return new PDFTextStripper().getText(pdf);
    }

    /** Wrapped lines break long strings at spaces, so compare with every run of whitespace made one space. */
    static String collapsed(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }

    /** The text printed inside a band across the page, measured in points from the top edge. */
    static String band(PDDocument pdf, int pageIndex, float fromTop, float height) throws IOException {
        PDFTextStripperByArea stripper = new PDFTextStripperByArea();
        float width = pdf.getPage(pageIndex).getMediaBox().getWidth();
        stripper.addRegion("band", new Rectangle2D.Float(0, fromTop, width, height));
        stripper.extractRegions(pdf.getPage(pageIndex));
        return stripper.getTextForRegion("band").trim();
    }

    static List<TextPosition> glyphs(PDDocument pdf) throws IOException {
        return glyphs(pdf, 1);
    }

    /** Every glyph printed from the given page (1-based) to the end. */
    static List<TextPosition> glyphs(PDDocument pdf, int fromPage) throws IOException {
        List<TextPosition> glyphs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                glyphs.addAll(positions);
            }
        };
        stripper.setStartPage(fromPage);
        stripper.getText(pdf);
        return glyphs;
    }
}
