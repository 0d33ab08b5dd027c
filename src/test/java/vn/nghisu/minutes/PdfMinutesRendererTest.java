package vn.nghisu.minutes;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PdfMinutesRendererTest {

    @ParameterizedTest
    @EnumSource(ProfileKind.class)
    void everySampleStringExtractsExactlyAsTyped(ProfileKind kind) throws IOException {
        try (PDDocument pdf = PdfInspection.load(PdfInspection.render(SampleMinutes.document(),
                DocumentProfiles.builtIn(kind)))) {
            String text = PdfInspection.collapsed(PdfInspection.text(pdf));
            assertAll(SampleMinutes.expectedStrings().stream().map(expected -> () ->
                    assertTrue(text.contains(PdfInspection.collapsed(expected)), "missing: " + expected)));
        }
    }

    @Test
    void letterheadPrintsTheProfileHeadings() throws IOException {
        String state = textOf(SampleMinutes.document(), DocumentProfiles.state());
        String party = textOf(SampleMinutes.document(), DocumentProfiles.party());
        assertAll(
                () -> assertTrue(state.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")),
                () -> assertTrue(state.contains("Độc lập - Tự do - Hạnh phúc")),
                () -> assertTrue(state.contains("Lâm Bình, ngày 14 tháng 10 năm 2026")),
                () -> assertTrue(state.contains("THƯ KÝ")),
                () -> assertTrue(state.contains("CHỦ TỌA")),
                () -> assertTrue(party.contains("ĐẢNG CỘNG SẢN VIỆT NAM")),
                () -> assertTrue(party.contains("NGƯỜI GHI BIÊN BẢN")),
                () -> assertTrue(party.contains("CHỦ TRÌ")));
    }

    @Test
    void everyFontOnEveryPageIsEmbedded() throws IOException {
        try (PDDocument pdf = PdfInspection.load(PdfInspection.render(SampleMinutes.document(),
                DocumentProfiles.state()))) {
            List<String> fonts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    fonts.add(font.getName());
                    assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
                }
            }
            assertTrue(fonts.stream().anyMatch(name -> name.contains("LiberationSerif")), fonts.toString());
        }
    }

    @Test
    void decomposedInputPrintsTheSameTextAsComposedInput() throws IOException {
        MinutesDocument composed = SampleMinutes.document();
        MinutesDocument decomposed = RecordStrings.map(composed,
                text -> Normalizer.normalize(text, Normalizer.Form.NFD));
        assertNotEquals(SampleMinutes.SUBJECT, Normalizer.normalize(SampleMinutes.SUBJECT, Normalizer.Form.NFD));
        assertEquals(textOf(composed, DocumentProfiles.state()), textOf(decomposed, DocumentProfiles.state()));
    }

    @Test
    void footerLineIsPrintedOnEveryPage() throws IOException {
        String footer = "Phiên bản 2 · SHA-256 1a2b3c4d";
        try (PDDocument pdf = PdfInspection.load(PdfInspection.render(
                SampleMinutes.withStatementsRepeated(20).withFooter(footer), DocumentProfiles.state()))) {
            assertTrue(pdf.getNumberOfPages() > 2);
            for (int page = 0; page < pdf.getNumberOfPages(); page++) {
                float height = pdf.getPage(page).getMediaBox().getHeight();
                assertEquals(footer, PdfInspection.band(pdf, page, height - 57, 57), "page " + (page + 1));
            }
        }
    }

    @Test
    void pageNumbersStartAtTheTopOfPageTwo() throws IOException {
        try (PDDocument pdf = PdfInspection.load(PdfInspection.render(SampleMinutes.document(),
                DocumentProfiles.state()))) {
            float topMargin = PageMargins.points(20);
            assertEquals("", PdfInspection.band(pdf, 0, 0, topMargin));
            assertEquals("2", PdfInspection.band(pdf, 1, 0, topMargin));
            assertEquals("3", PdfInspection.band(pdf, 2, 0, topMargin));
        }
    }

    @Test
    void hundredPageMinutesExportsCompletely() throws IOException {
        MinutesDocument longMinutes = SampleMinutes.withStatementsRepeated(1000);
        try (PDDocument pdf = PdfInspection.load(PdfInspection.render(longMinutes, DocumentProfiles.state()))) {
            assertTrue(pdf.getNumberOfPages() >= 100, "pages: " + pdf.getNumberOfPages());
            int last = pdf.getNumberOfPages() - 1;
            assertEquals(String.valueOf(last + 1), PdfInspection.band(pdf, last, 0, PageMargins.points(20)));
            assertTrue(PdfInspection.text(pdf).contains(SampleMinutes.CHAIR.name()));
        }
    }

    private static String textOf(MinutesDocument doc, DocumentProfile profile) throws IOException {
        try (PDDocument pdf = PdfInspection.load(PdfInspection.render(doc, profile))) {
            return PdfInspection.collapsed(PdfInspection.text(pdf));
        }
    }
}
