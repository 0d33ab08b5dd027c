package vn.nghisu.minutes;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentProfilesTest {

    @Test
    void stateTemplateFollowsDecree30() {
        DocumentProfile state = DocumentProfiles.state();
        assertAll(
                () -> assertEquals(ProfileKind.STATE, state.kind()),
                () -> assertEquals(new PageMargins(20, 20, 30, 15), state.margins()),
                () -> assertEquals(14, state.fontSizes().body()),
                () -> assertEquals("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", state.nationalTitle()),
                () -> assertEquals("Độc lập - Tự do - Hạnh phúc", state.motto()),
                () -> assertEquals("Số: 12/BB-MTTQ", state.formatNumber("12")),
                () -> assertEquals("CHỦ TỌA", state.chairSignerTitle()),
                () -> assertTrue(state.fonts().isBundled()));
    }

    @Test
    void partyTemplateFollowsGuidance36() {
        DocumentProfile party = DocumentProfiles.party();
        assertAll(
                () -> assertEquals(ProfileKind.PARTY, party.kind()),
                () -> assertEquals("ĐẢNG CỘNG SẢN VIỆT NAM", party.nationalTitle()),
                () -> assertEquals(15, party.fontSizes().nationalTitle()),
                () -> assertEquals(14, party.fontSizes().issuingBody()),
                () -> assertEquals("Số 7-BB/BTCTU", party.formatNumber("7")),
                () -> assertEquals("NGƯỜI GHI BIÊN BẢN", party.secretarySignerTitle()),
                () -> assertEquals("CHỦ TRÌ", party.chairSignerTitle()));
    }

    @Test
    void anOfficeCopyOfATemplateLoadsBackEqual(@TempDir Path folder) throws IOException {
        DocumentProfile adapted = DocumentProfiles.state()
                .withLetterhead("Huyện ủy Lâm Bình", "Ban Dân vận", "Lâm Bình");
        Path file = folder.resolve("lam-binh.json");
        DocumentProfiles.write(adapted, file);
        assertEquals(adapted, DocumentProfiles.load(file));
    }

    @Test
    void aBrokenTemplateNamesTheFile(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("hong.json");
        Files.writeString(file, "{ \"kind\": \"STATE\", \"margins\": { \"topMm\": -5 } }");
        IOException failure = assertThrows(IOException.class, () -> DocumentProfiles.load(file));
        assertTrue(failure.getMessage().contains("hong.json"), failure.getMessage());
    }
}
