package vn.nghisu.minutes;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;

/** The four styles of one typeface, ready to make sized fonts for OpenPDF. */
record PdfFontSet(BaseFont regular, BaseFont bold, BaseFont italic, BaseFont boldItalic) {

    Font font(float size, boolean isBold, boolean isItalic) {
        return new Font(base(isBold, isItalic), size);
    }

    BaseFont base(boolean isBold, boolean isItalic) {
        if (isBold) {
            return isItalic ? boldItalic : bold;
        }
        return isItalic ? italic : regular;
    }

    /** The printed width of a text in points, used to size rules under header lines. */
    float width(String text, float size, boolean isBold) {
        return base(isBold, false).getWidthPoint(text, size);
    }
}
