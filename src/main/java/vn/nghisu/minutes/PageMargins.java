package vn.nghisu.minutes;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;

/** Page margins in millimetres, with conversions for PDF points and Word twips. */
public record PageMargins(double topMm, double bottomMm, double leftMm, double rightMm) {

    private static final double POINTS_PER_MM = 72 / 25.4;

    public PageMargins {
        if (topMm < 0 || bottomMm < 0 || leftMm < 0 || rightMm < 0) {
            throw new IllegalArgumentException("Lề trang không được âm / page margins must not be negative");
        }
    }

    public static float points(double mm) {
        return (float) (mm * POINTS_PER_MM);
    }

    /** An A4 portrait OpenPDF document with these margins, for every PDF the app writes. */
    public Document a4Document() {
        return new Document(PageSize.A4, points(leftMm), points(rightMm), points(topMm), points(bottomMm));
    }

    public static long twips(double mm) {
        return Math.round(mm * POINTS_PER_MM * 20);
    }
}
