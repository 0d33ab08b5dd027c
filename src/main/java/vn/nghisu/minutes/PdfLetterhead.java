package vn.nghisu.minutes;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.draw.LineSeparator;
import java.awt.Color;

/** The first-page header: issuing body left, national title right, number and date, then title and subject. */
final class PdfLetterhead {

    private static final float RULE_WIDTH = 0.6f;
    private static final float RULE_LEADING = 6;

    private final PdfFontSet fonts;
    private final FontSizes sizes;

    PdfLetterhead(PdfFontSet fonts, FontSizes sizes) {
        this.fonts = fonts;
        this.sizes = sizes;
    }

    PdfPTable header(Letterhead head) {
        boolean party = head.kind() == ProfileKind.PARTY;
        PdfPTable table = new PdfPTable(party ? new float[] {46, 54} : new float[] {41, 59});
        table.setWidthPercentage(100);
        PdfPCell left = cell();
        left.addElement(line(head.parentBody(), sizes.parentBody(), false, false));
        left.addElement(line(head.issuingBody(), sizes.issuingBody(), true, false));
        if (party) {
            left.addElement(line("*", sizes.issuingBody(), false, false));
        } else {
            left.addElement(rule(fonts.width(head.issuingBody(), sizes.issuingBody(), true) * 0.4f));
        }
        PdfPCell right = cell();
        right.addElement(line(head.nationalTitle(), sizes.nationalTitle(), true, false));
        if (!head.motto().isBlank()) {
            right.addElement(line(head.motto(), sizes.motto(), true, false));
            right.addElement(rule(fonts.width(head.motto(), sizes.motto(), true)));
        } else {
            right.addElement(rule(fonts.width(head.nationalTitle(), sizes.nationalTitle(), true)));
        }
        table.addCell(left);
        table.addCell(right);
        PdfPCell number = cell();
        number.addElement(line(head.number(), party ? sizes.body() : sizes.parentBody(), false, false));
        PdfPCell date = cell();
        date.addElement(line(head.placeAndDate(), sizes.body(), false, true));
        table.addCell(number);
        table.addCell(date);
        return table;
    }

    Paragraph title(Letterhead head) {
        Paragraph title = line(head.title(), sizes.title(), true, false);
        title.setSpacingBefore(sizes.title() * 1.4f);
        return title;
    }

    Paragraph subject(Letterhead head) {
        Paragraph subject = line(head.subject(), sizes.title(), true, false);
        subject.setSpacingAfter(sizes.body());
        return subject;
    }

    private Paragraph line(String text, float size, boolean bold, boolean italic) {
        Paragraph paragraph = new Paragraph(text, fonts.font(size, bold, italic));
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setLeading(size * 1.2f);
        return paragraph;
    }

    /**
     * A centred rule of the given absolute width (LineSeparator reads a negative percentage as points), drawn
     * on a short line of its own so it sits below the descenders of the text above.
     */
    private Paragraph rule(float width) {
        Font font = fonts.font(RULE_LEADING, false, false);
        Paragraph paragraph = new Paragraph(RULE_LEADING, "", font);
        Chunk line = new Chunk(new LineSeparator(RULE_WIDTH, -width, Color.BLACK, Element.ALIGN_CENTER, 0));
        line.setFont(font);
        paragraph.add(line);
        paragraph.setSpacingAfter(4);
        return paragraph;
    }

    private static PdfPCell cell() {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        cell.setPaddingBottom(2);
        return cell;
    }
}
