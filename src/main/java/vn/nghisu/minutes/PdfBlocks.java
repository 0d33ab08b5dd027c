package vn.nghisu.minutes;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import vn.nghisu.minutes.Block.Para;
import vn.nghisu.minutes.Block.Row;
import vn.nghisu.minutes.Block.Signatures;
import vn.nghisu.minutes.Block.Span;
import vn.nghisu.minutes.Block.Table;

/** Turns body blocks into OpenPDF elements. */
final class PdfBlocks {

    private static final float INDENT = PageMargins.points(10);
    private static final float LINE_SPACING = 1.2f;
    private static final float CELL_PADDING = 3;

    private final PdfFontSet fonts;
    private final FontSizes sizes;

    PdfBlocks(PdfFontSet fonts, FontSizes sizes) {
        this.fonts = fonts;
        this.sizes = sizes;
    }

    Element element(Block block) {
        if (block instanceof Para para) {
            return paragraph(para);
        }
        if (block instanceof Table table) {
            return table(table);
        }
        return signatures((Signatures) block);
    }

    private Paragraph paragraph(Para para) {
        // the paragraph's own font is used for the spacing OpenPDF inserts; left unset it would be a bare Helvetica
        Paragraph paragraph = new Paragraph(sizes.body() * LINE_SPACING, "", fonts.font(sizes.body(), false, false));
        for (Span span : para.spans()) {
            paragraph.add(new Chunk(span.text(), fonts.font(sizes.body(), span.bold(), span.italic())));
        }
        paragraph.setAlignment(switch (para.align()) {
            case LEFT -> Element.ALIGN_LEFT;
            case CENTER -> Element.ALIGN_CENTER;
            case JUSTIFY -> Element.ALIGN_JUSTIFIED;
        });
        paragraph.setFirstLineIndent(para.indent() ? INDENT : 0);
        paragraph.setSpacingBefore(para.spaceBefore());
        paragraph.setSpacingAfter(sizes.body() * 0.3f);
        return paragraph;
    }

    private PdfPTable table(Table table) {
        PdfPTable pdf = new PdfPTable(table.widths());
        pdf.setWidthPercentage(100);
        pdf.setHeaderRows(1);
        pdf.setSpacingBefore(2);
        pdf.setSpacingAfter(sizes.body() * 0.5f);
        for (String heading : table.header()) {
            pdf.addCell(cell(heading, true, Element.ALIGN_CENTER, 1));
        }
        for (Row row : table.rows()) {
            if (row.group()) {
                pdf.addCell(cell(row.cells().get(0), true, Element.ALIGN_LEFT, table.widths().length));
                continue;
            }
            for (int column = 0; column < row.cells().size(); column++) {
                int align = table.isCentered(column) ? Element.ALIGN_CENTER : Element.ALIGN_LEFT;
                pdf.addCell(cell(row.cells().get(column), false, align, 1));
            }
        }
        return pdf;
    }

    private PdfPCell cell(String text, boolean bold, int align, int span) {
        PdfPCell cell = new PdfPCell(new Phrase(sizes.table() * LINE_SPACING, text,
                fonts.font(sizes.table(), bold, false)));
        cell.setHorizontalAlignment(align);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setColspan(span);
        cell.setPadding(CELL_PADDING);
        cell.setPaddingBottom(CELL_PADDING + 2);
        cell.setBorderWidth(0.5f);
        return cell;
    }

    private PdfPTable signatures(Signatures signatures) {
        PdfPTable table = new PdfPTable(2);
        table.setWidthPercentage(100);
        table.setSpacingBefore(sizes.body());
        table.setKeepTogether(true);
        table.addCell(signer(signatures.leftTitle(), signatures.leftName()));
        table.addCell(signer(signatures.rightTitle(), signatures.rightName()));
        return table;
    }

    private PdfPCell signer(String title, String name) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        Paragraph heading = new Paragraph(title, fonts.font(sizes.body(), true, false));
        heading.setAlignment(Element.ALIGN_CENTER);
        Paragraph signed = new Paragraph(name, fonts.font(sizes.body(), true, false));
        signed.setAlignment(Element.ALIGN_CENTER);
        signed.setSpacingBefore(sizes.body() * 4.5f);
        cell.addElement(heading);
        cell.addElement(signed);
        return cell;
    }
}
