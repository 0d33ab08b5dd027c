package vn.nghisu.minutes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfFontChoiceTest {

    @Test
    void aFontFileOnDiskIsEmbeddedForEveryStyle(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("Serif.ttf");
        try (InputStream in = PdfFonts.class.getResourceAsStream("/liberation/LiberationSerif-Regular.ttf")) {
            Files.copy(in, file);
        }
        DocumentProfile profile = DocumentProfiles.state()
                .withFonts(new FontChoice(file.toString(), "", "", "", "Liberation Serif"));
        try (PDDocument pdf = PdfInspection.load(PdfInspection.render(SampleMinutes.document(), profile))) {
            Set<String> names = new HashSet<>();
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName());
                    names.add(font.getName().substring(font.getName().indexOf('+') + 1));
                }
            }
            assertEquals(Set.of("LiberationSerif"), names);
            assertTrue(PdfInspection.collapsed(PdfInspection.text(pdf)).contains("Đặng Thị Ngọc Ánh"));
        }
    }

    @Test
    void aMissingFontFileIsRefusedWithItsPath(@TempDir Path folder) {
        String missing = folder.resolve("khong-co.ttf").toString();
        DocumentProfile profile = DocumentProfiles.state().withFonts(new FontChoice(missing, "", "", "", ""));
        RuntimeException failure = assertThrows(RuntimeException.class,
                () -> PdfInspection.render(SampleMinutes.document(), profile));
        assertTrue(failure.getMessage().contains(missing), failure.getMessage());
    }
}
