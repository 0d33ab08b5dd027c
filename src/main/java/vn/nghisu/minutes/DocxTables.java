package vn.nghisu.minutes;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;

/** Creates Word tables of fixed column widths across the text width, bordered or not. */
final class DocxTables {

    private DocxTables() {
    }

    static XWPFTable create(XWPFDocument doc, float[] weights, long textWidth, boolean bordered) {
        XWPFTable table = doc.createTable(1, weights.length);
        table.setWidthType(TableWidthType.DXA);
        table.setWidth((int) textWidth);
        long[] widths = widths(weights, textWidth);
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null
                ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (long width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        sizeCells(table.getRow(0), widths);
        if (bordered) {
            table.setTopBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
            table.setBottomBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
            table.setLeftBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
            table.setRightBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
            table.setInsideHBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
            table.setInsideVBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
            table.setCellMargins(40, 80, 40, 80);
        } else {
            table.removeBorders();
            table.setCellMargins(0, 0, 0, 0);
        }
        return table;
    }

    static XWPFTableRow addRow(XWPFTable table, float[] weights, long textWidth) {
        XWPFTableRow row = table.createRow();
        sizeCells(row, widths(weights, textWidth));
        return row;
    }

    /** Makes the first cell span the whole row, as for a unit's heading row. */
    static XWPFTableCell spanAll(XWPFTableRow row, long textWidth) {
        while (row.getTableCells().size() > 1) {
            row.removeCell(row.getTableCells().size() - 1);
        }
        XWPFTableCell cell = row.getCell(0);
        cell.getCTTc().getTcPr().addNewGridSpan().setVal(BigInteger.valueOf(row.getTable().getCTTbl()
                .getTblGrid().sizeOfGridColArray()));
        cell.setWidth(String.valueOf(textWidth));
        return cell;
    }

    static long[] widths(float[] weights, long textWidth) {
        float total = 0;
        for (float weight : weights) {
            total += weight;
        }
        long[] widths = new long[weights.length];
        for (int i = 0; i < weights.length; i++) {
            widths[i] = Math.round(textWidth * weights[i] / total);
        }
        return widths;
    }

    private static void sizeCells(XWPFTableRow row, long[] widths) {
        for (int i = 0; i < widths.length && i < row.getTableCells().size(); i++) {
            XWPFTableCell cell = row.getCell(i);
            cell.setWidthType(TableWidthType.DXA);
            cell.setWidth(String.valueOf(widths[i]));
        }
    }
}
