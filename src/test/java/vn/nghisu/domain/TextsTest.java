package vn.nghisu.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextsTest {

    @ParameterizedTest
    @CsvSource({
        "Tổ chức, to chuc",
        "Đánh giá cán bộ, danh gia can bo",
        "ĐOÀN THỂ, doan the",
        "  Hội   Nông dân  , hoi nong dan",
        "Ủy ban MTTQ, uy ban mttq",
    })
    void foldKeyIgnoresDiacriticsCaseAndSpacing(String text, String expected) {
        assertEquals(expected, Texts.foldKey(text));
    }

    @ParameterizedTest
    @CsvSource({"Nguyễn Thị Hà", "Chẩu Văn Thiện", "Đặng Thị Ngọc Ánh", "Hội trường Huyện ủy Lâm Bình"})
    void nfdInputBecomesNfc(String nfc) {
        String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);
        assertEquals(nfc, Texts.nfc(nfd));
    }

    @Test
    void cleanTurnsBlankIntoNull() {
        assertNull(Texts.clean("   "));
        assertEquals("Lâm Bình", Texts.clean("  Lâm Bình "));
    }
}
