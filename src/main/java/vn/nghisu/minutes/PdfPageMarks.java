package vn.nghisu.minutes;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

/** Prints the page number centred at the top from page 2 on, and the footer line at the bottom of every page. */
final class PdfPageMarks extends PdfPageEventHelper {

    private final PdfFontSet fonts;
    private final FontSizes sizes;
    private final String footer;

    PdfPageMarks(PdfFontSet fonts, FontSizes sizes, String footer) {
        this.fonts = fonts;
        this.sizes = sizes;
        this.footer = footer;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        float centre = (document.left() + document.right()) / 2;
        int page = writer.getPageNumber();
        if (page >= 2) {
            float y = document.top() + document.topMargin() / 2 - sizes.pageNumber() / 3;
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
                    new Phrase(String.valueOf(page), fonts.font(sizes.pageNumber(), false, false)), centre, y, 0);
        }
        if (!footer.isBlank()) {
            float y = document.bottom() - document.bottomMargin() / 2;
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
                    new Phrase(footer, fonts.font(sizes.footer(), false, true)), centre, y, 0);
        }
    }
}
