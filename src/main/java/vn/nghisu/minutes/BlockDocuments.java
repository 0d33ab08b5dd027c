package vn.nghisu.minutes;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Renders any administrative document made of a letterhead and body blocks (a report, a plan) with the
 * minutes' profile, fonts, letterhead and page marks, so every document the office prints looks alike.
 */
public final class BlockDocuments {
    private final PdfFonts fonts;

    public BlockDocuments(PdfFonts fonts) {
        this.fonts = fonts;
    }

    public void pdf(Letterhead head, List<Block> body, DocumentProfile profile, OutputStream out) throws IOException {
        PdfFontSet fontSet = fonts.fontsFor(profile.fonts());
        FontSizes sizes = profile.fontSizes();
        Document document = profile.margins().a4Document();
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setCloseStream(false);
            writer.setPageEvent(new PdfPageMarks(fontSet, sizes, ""));
            document.addTitle(head.title() + " " + head.subject());
            document.addCreator("Nghị Sự");
            document.open();
            PdfLetterhead letterhead = new PdfLetterhead(fontSet, sizes);
            document.add(letterhead.header(head));
            document.add(letterhead.title(head));
            if (!head.subject().isBlank()) {
                document.add(letterhead.subject(head));
            }
            PdfBlocks blocks = new PdfBlocks(fontSet, sizes);
            for (Block block : body) {
                document.add(blocks.element(block));
            }
            document.close();
        } catch (DocumentException e) {
            throw new IOException("Không tạo được tệp PDF / cannot lay out the PDF: " + e.getMessage(), e);
        }
    }

    public void docx(Letterhead head, List<Block> body, DocumentProfile profile, OutputStream out) throws IOException {
        DocxRuns runs = new DocxRuns(profile.fonts().docxFamily());
        PageMargins margins = profile.margins();
        long textWidth = DocxPage.A4_WIDTH_TWIPS - PageMargins.twips(margins.leftMm())
                - PageMargins.twips(margins.rightMm());
        try (XWPFDocument word = new XWPFDocument()) {
            word.getProperties().getCoreProperties().setTitle(head.title() + " " + head.subject());
            word.getProperties().getCoreProperties().setCreator("Nghị Sự");
            DocxPage.setUp(word, profile, "", runs);
            new DocxLetterhead(runs, profile.fontSizes(), fonts.fontsFor(FontChoice.bundled()), textWidth)
                    .write(word, head);
            DocxBlocks blocks = new DocxBlocks(runs, profile.fontSizes(), textWidth);
            for (Block block : body) {
                blocks.write(word, block);
            }
            word.write(out);
        }
    }
}
