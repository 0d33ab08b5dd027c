package vn.nghisu.minutes;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Renders minutes to an editable Word file with the same content, order and page setup as the PDF. */
public final class DocxMinutesRenderer implements MinutesRenderer {

    private final PdfFonts metrics;

    public DocxMinutesRenderer() {
        this(new PdfFonts());
    }

    /** The font cache serves text widths for sizing the header rules; Liberation has Times New Roman metrics. */
    public DocxMinutesRenderer(PdfFonts metrics) {
        this.metrics = metrics;
    }

    @Override
    public String extension() {
        return "docx";
    }

    @Override
    public void render(MinutesDocument doc, DocumentProfile profile, OutputStream out) throws IOException {
        DocxRuns runs = new DocxRuns(profile.fonts().docxFamily());
        PageMargins margins = profile.margins();
        long textWidth = DocxPage.A4_WIDTH_TWIPS - PageMargins.twips(margins.leftMm())
                - PageMargins.twips(margins.rightMm());
        try (XWPFDocument word = new XWPFDocument()) {
            word.getProperties().getCoreProperties().setTitle(doc.title() + " " + doc.subject());
            word.getProperties().getCoreProperties().setCreator("Nghị Sự");
            DocxPage.setUp(word, profile, doc.footer(), runs);
            new DocxLetterhead(runs, profile.fontSizes(), metrics.fontsFor(FontChoice.bundled()), textWidth)
                    .write(word, Letterhead.of(doc, profile));
            DocxBlocks blocks = new DocxBlocks(runs, profile.fontSizes(), textWidth);
            for (Block block : MinutesBody.compose(doc, profile)) {
                blocks.write(word, block);
            }
            word.write(out);
        }
    }
}
