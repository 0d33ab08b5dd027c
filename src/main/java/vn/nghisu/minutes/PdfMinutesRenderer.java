package vn.nghisu.minutes;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.OutputStream;

/** Renders minutes to PDF with OpenPDF: A4, profile margins, embedded subset fonts, numbered pages. */
public final class PdfMinutesRenderer implements MinutesRenderer {

    private final PdfFonts fonts;

    public PdfMinutesRenderer() {
        this(new PdfFonts());
    }

    /** Shares a font cache, e.g. between renderers created per export. */
    public PdfMinutesRenderer(PdfFonts fonts) {
        this.fonts = fonts;
    }

    @Override
    public String extension() {
        return "pdf";
    }

    @Override
    public void render(MinutesDocument doc, DocumentProfile profile, OutputStream out) throws IOException {
        PdfFontSet fontSet = fonts.fontsFor(profile.fonts());
        FontSizes sizes = profile.fontSizes();
        Document document = profile.margins().a4Document();
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setCloseStream(false);
            writer.setPageEvent(new PdfPageMarks(fontSet, sizes, doc.footer()));
            document.addTitle(doc.title() + " " + doc.subject());
            document.addCreator("Nghị Sự");
            document.open();
            Letterhead head = Letterhead.of(doc, profile);
            PdfLetterhead letterhead = new PdfLetterhead(fontSet, sizes);
            document.add(letterhead.header(head));
            document.add(letterhead.title(head));
            if (!head.subject().isBlank()) {
                document.add(letterhead.subject(head));
            }
            PdfBlocks blocks = new PdfBlocks(fontSet, sizes);
            for (Block block : MinutesBody.compose(doc, profile)) {
                document.add(blocks.element(block));
            }
            document.close();
        } catch (DocumentException e) {
            throw new IOException("Không tạo được tệp PDF biên bản / cannot lay out the minutes PDF: "
                    + e.getMessage(), e);
        }
    }
}
