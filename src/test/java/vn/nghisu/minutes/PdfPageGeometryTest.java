package vn.nghisu.minutes;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PdfPageGeometryTest {

    @ParameterizedTest
    @EnumSource(ProfileKind.class)
    void everyPageIsA4Portrait(ProfileKind kind) throws IOException {
        try (PDDocument pdf = render(kind)) {
            for (PDPage page : pdf.getPages()) {
                PDRectangle box = page.getMediaBox();
                assertAll(() -> assertEquals(595, box.getWidth(), 1), () -> assertEquals(842, box.getHeight(), 1));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(ProfileKind.class)
    void textStartsAtTheThirtyMillimetreLeftMargin(ProfileKind kind) throws IOException {
        try (PDDocument pdf = render(kind)) {
            double left = PdfInspection.glyphs(pdf).stream().mapToDouble(TextPosition::getXDirAdj).min().orElseThrow();
            assertEquals(85, left, 3);
        }
    }

    @ParameterizedTest
    @EnumSource(ProfileKind.class)
    void runningTextIsFourteenPoint(ProfileKind kind) throws IOException {
        try (PDDocument pdf = render(kind)) {
            // from page 2, so the letterhead's 13 pt lines (which may reach the margin) are not counted
            List<TextPosition> glyphs = PdfInspection.glyphs(pdf, 2);
            double left = glyphs.stream().mapToDouble(TextPosition::getXDirAdj).min().orElseThrow();
            List<TextPosition> lineStarts = glyphs.stream().filter(g -> g.getXDirAdj() < left + 1).toList();
            assertFalse(lineStarts.isEmpty());
            assertAll(lineStarts.stream().map(g -> () -> assertEquals(14, g.getFontSizeInPt(), 0.01, g.getUnicode())));
        }
    }

    private static PDDocument render(ProfileKind kind) throws IOException {
        return PdfInspection.load(PdfInspection.render(SampleMinutes.document(), DocumentProfiles.builtIn(kind)));
    }
}
