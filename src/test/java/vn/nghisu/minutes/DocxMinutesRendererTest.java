package vn.nghisu.minutes;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DocxMinutesRendererTest {

    @ParameterizedTest
    @EnumSource(ProfileKind.class)
    void everySampleStringIsInTheWordFile(ProfileKind kind) throws IOException {
        try (XWPFDocument word = render(kind); XWPFWordExtractor extractor = new XWPFWordExtractor(word)) {
            String text = PdfInspection.collapsed(extractor.getText());
            assertAll(SampleMinutes.expectedStrings().stream().map(expected -> () ->
                    assertTrue(text.contains(PdfInspection.collapsed(expected)), "missing: " + expected)));
        }
    }

    @ParameterizedTest
    @EnumSource(ProfileKind.class)
    void pageIsA4WithTheProfileMargins(ProfileKind kind) throws IOException {
        try (XWPFDocument word = render(kind)) {
            CTSectPr section = word.getDocument().getBody().getSectPr();
            CTPageMar margins = section.getPgMar();
            assertAll(
                    () -> assertEquals(BigInteger.valueOf(11906), section.getPgSz().getW()),
                    () -> assertEquals(BigInteger.valueOf(16838), section.getPgSz().getH()),
                    () -> assertEquals(BigInteger.valueOf(1134), margins.getTop()),
                    () -> assertEquals(BigInteger.valueOf(1134), margins.getBottom()),
                    () -> assertEquals(BigInteger.valueOf(1701), margins.getLeft()),
                    () -> assertEquals(BigInteger.valueOf(850), margins.getRight()));
        }
    }

    @ParameterizedTest
    @EnumSource(ProfileKind.class)
    void everyRunNamesItsFontForEveryCharacterRange(ProfileKind kind) throws IOException {
        try (XWPFDocument word = render(kind)) {
            List<XWPFRun> runs = allRuns(word);
            assertTrue(runs.size() > 100, "runs: " + runs.size());
            assertAll(runs.stream().map(run -> () -> {
                var fonts = run.getCTR().getRPr().getRFontsArray(0);
                assertEquals("Times New Roman", fonts.getHAnsi(), run.text());
                assertEquals("Times New Roman", fonts.getAscii(), run.text());
                assertEquals("Times New Roman", fonts.getCs(), run.text());
                assertEquals("Times New Roman", fonts.getEastAsia(), run.text());
            }));
        }
    }

    @ParameterizedTest
    @EnumSource(ProfileKind.class)
    void tableHeaderRowsRepeatOnEveryPage(ProfileKind kind) throws IOException {
        try (XWPFDocument word = render(kind)) {
            List<XWPFTable> bordered = word.getTables().stream()
                    .filter(table -> table.getRow(0).getCell(0).getText().equals("STT")).toList();
            assertEquals(3, bordered.size());
            bordered.forEach(table -> assertTrue(table.getRow(0).isRepeatHeader()));
            assertFalse(bordered.get(0).getRow(1).isRepeatHeader());
        }
    }

    private static XWPFDocument render(ProfileKind kind) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxMinutesRenderer().render(SampleMinutes.document().withFooter("Phiên bản 2 · SHA-256 1a2b3c4d"),
                DocumentProfiles.builtIn(kind), out);
        return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
    }

    private static List<XWPFRun> allRuns(XWPFDocument word) {
        List<XWPFRun> runs = new ArrayList<>();
        collect(word.getBodyElements(), runs);
        for (XWPFHeaderFooter part : word.getHeaderList()) {
            collect(part.getBodyElements(), runs);
        }
        for (XWPFHeaderFooter part : word.getFooterList()) {
            collect(part.getBodyElements(), runs);
        }
        return runs;
    }

    private static void collect(List<IBodyElement> elements, List<XWPFRun> runs) {
        for (IBodyElement element : elements) {
            if (element instanceof XWPFParagraph paragraph) {
                runs.addAll(paragraph.getRuns());
            } else if (element instanceof XWPFTable table) {
                for (XWPFTableRow row : table.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        collect(cell.getBodyElements(), runs);
                    }
                }
            }
        }
    }
}
