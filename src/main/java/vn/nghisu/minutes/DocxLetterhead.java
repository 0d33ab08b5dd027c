package vn.nghisu.minutes;

import java.util.List;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

/** The first-page header in Word: the same two columns, rules, number, date, title and subject as the PDF. */
final class DocxLetterhead {

    private final DocxRuns runs;
    private final FontSizes sizes;
    private final PdfFontSet metrics;
    private final long textWidth;

    DocxLetterhead(DocxRuns runs, FontSizes sizes, PdfFontSet metrics, long textWidth) {
        this.runs = runs;
        this.sizes = sizes;
        this.metrics = metrics;
        this.textWidth = textWidth;
    }

    void write(XWPFDocument doc, Letterhead head) {
        boolean party = head.kind() == ProfileKind.PARTY;
        float[] weights = party ? new float[] {46, 54} : new float[] {41, 59};
        long[] widths = DocxTables.widths(weights, textWidth);
        XWPFTable table = DocxTables.create(doc, weights, textWidth, false);
        XWPFTableCell left = table.getRow(0).getCell(0);
        first(left, head.parentBody(), sizes.parentBody(), false);
        line(left, head.issuingBody(), sizes.issuingBody(), true, false);
        if (party) {
            line(left, "*", sizes.issuingBody(), false, false);
        } else {
            rule(left.addParagraph(), widths[0], metrics.width(head.issuingBody(), sizes.issuingBody(), true) * 0.4f);
        }
        XWPFTableCell right = table.getRow(0).getCell(1);
        first(right, head.nationalTitle(), sizes.nationalTitle(), true);
        if (!head.motto().isBlank()) {
            line(right, head.motto(), sizes.motto(), true, false);
            rule(right.addParagraph(), widths[1], metrics.width(head.motto(), sizes.motto(), true));
        } else {
            rule(right.addParagraph(), widths[1], metrics.width(head.nationalTitle(), sizes.nationalTitle(), true));
        }
        List<XWPFTableCell> second = DocxTables.addRow(table, weights, textWidth).getTableCells();
        runs.centred(second.get(0).getParagraphs().get(0), head.number(),
                party ? sizes.body() : sizes.parentBody(), false, false);
        runs.centred(second.get(1).getParagraphs().get(0), head.placeAndDate(), sizes.body(), false, true);

        XWPFParagraph title = runs.centred(doc.createParagraph(), head.title(), sizes.title(), true, false);
        title.setSpacingBefore(Math.round(sizes.title() * 20 * 1.4f));
        if (!head.subject().isBlank()) {
            runs.centred(doc.createParagraph(), head.subject(), sizes.title(), true, false)
                    .setSpacingAfter(Math.round(sizes.body() * 20));
        }
    }

    private void first(XWPFTableCell cell, String text, float size, boolean bold) {
        runs.centred(cell.getParagraphs().get(0), text, size, bold, false);
    }

    private void line(XWPFTableCell cell, String text, float size, boolean bold, boolean italic) {
        runs.centred(cell.addParagraph(), text, size, bold, italic);
    }

    /** A paragraph border narrowed by indents to the rule's width, centred in its column. */
    private void rule(XWPFParagraph paragraph, long columnTwips, float widthPoints) {
        long indent = Math.max(0, (columnTwips - Math.round(widthPoints * 20)) / 2);
        paragraph.setBorderBottom(Borders.SINGLE);
        paragraph.setIndentationLeft((int) indent);
        paragraph.setIndentationRight((int) indent);
        paragraph.setSpacingBefore(0);
        paragraph.setSpacingAfter(60);
        runs.add(paragraph, "", 2, false, false);
    }
}
