package vn.nghisu.minutes;

import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.nghisu.minutes.Block.Para;
import vn.nghisu.minutes.Block.Row;
import vn.nghisu.minutes.Block.Signatures;
import vn.nghisu.minutes.Block.Span;
import vn.nghisu.minutes.Block.Table;

/** Writes body blocks into a Word document. */
final class DocxBlocks {

    private static final int INDENT_TWIPS = (int) PageMargins.twips(10);

    private final DocxRuns runs;
    private final FontSizes sizes;
    private final long textWidth;

    DocxBlocks(DocxRuns runs, FontSizes sizes, long textWidth) {
        this.runs = runs;
        this.sizes = sizes;
        this.textWidth = textWidth;
    }

    void write(XWPFDocument doc, Block block) {
        if (block instanceof Para para) {
            paragraph(doc.createParagraph(), para);
        } else if (block instanceof Table table) {
            table(doc, table);
        } else {
            signatures(doc, (Signatures) block);
        }
    }

    private void paragraph(XWPFParagraph paragraph, Para para) {
        paragraph.setAlignment(switch (para.align()) {
            case LEFT -> ParagraphAlignment.LEFT;
            case CENTER -> ParagraphAlignment.CENTER;
            case JUSTIFY -> ParagraphAlignment.BOTH;
        });
        if (para.indent()) {
            paragraph.setIndentationFirstLine(INDENT_TWIPS);
        }
        paragraph.setSpacingBefore(Math.round(para.spaceBefore() * 20));
        paragraph.setSpacingAfter(Math.round(sizes.body() * 0.3f * 20));
        paragraph.setSpacingBetween(1.1, LineSpacingRule.AUTO);
        for (Span span : para.spans()) {
            runs.add(paragraph, span.text(), sizes.body(), span.bold(), span.italic());
        }
    }

    private void table(XWPFDocument doc, Table table) {
        XWPFTable word = DocxTables.create(doc, table.widths(), textWidth, true);
        XWPFTableRow header = word.getRow(0);
        header.setRepeatHeader(true);
        for (int column = 0; column < table.header().size(); column++) {
            cell(header.getCell(column), table.header().get(column), true, true);
        }
        for (Row row : table.rows()) {
            XWPFTableRow wordRow = DocxTables.addRow(word, table.widths(), textWidth);
            if (row.group()) {
                cell(DocxTables.spanAll(wordRow, textWidth), row.cells().get(0), true, false);
                continue;
            }
            for (int column = 0; column < row.cells().size(); column++) {
                cell(wordRow.getCell(column), row.cells().get(column), false, table.isCentered(column));
            }
        }
        doc.createParagraph().setSpacingAfter(0);
    }

    private void cell(XWPFTableCell cell, String text, boolean bold, boolean centred) {
        XWPFTableCell.XWPFVertAlign middle = XWPFTableCell.XWPFVertAlign.CENTER;
        cell.setVerticalAlignment(middle);
        XWPFParagraph paragraph = cell.getParagraphs().get(0);
        paragraph.setAlignment(centred ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
        paragraph.setSpacingAfter(0);
        runs.add(paragraph, text, sizes.table(), bold, false);
    }

    private void signatures(XWPFDocument doc, Signatures signatures) {
        XWPFTable table = DocxTables.create(doc, new float[] {1, 1}, textWidth, false);
        signer(table.getRow(0).getCell(0), signatures.leftTitle(), signatures.leftName());
        signer(table.getRow(0).getCell(1), signatures.rightTitle(), signatures.rightName());
        table.getRow(0).setCantSplitRow(true);
    }

    private void signer(XWPFTableCell cell, String title, String name) {
        runs.centred(cell.getParagraphs().get(0), title, sizes.body(), true, false)
                .setSpacingBefore(Math.round(sizes.body() * 20));
        XWPFParagraph signed = runs.centred(cell.addParagraph(), name, sizes.body(), true, false);
        signed.setSpacingBefore(Math.round(sizes.body() * 4.5f * 20));
    }
}
