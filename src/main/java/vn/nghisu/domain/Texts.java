package vn.nghisu.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text rules shared by every layer: NFC on the way in, and a diacritics-free key for matching. */
public final class Texts {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Texts() {
    }

    /** NFC form of the text; PDF renderers misplace combining marks, so nothing is stored in NFD. */
    public static String nfc(String text) {
        if (text == null) {
            return null;
        }
        return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** NFC, trimmed; blank becomes null. */
    public static String clean(String text) {
        String n = nfc(text);
        if (n == null) {
            return null;
        }
        String trimmed = n.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    public static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** Lower-case, without diacritics, đ folded to d, spaces collapsed: "Tổ Chức" and "to chuc" share a key. */
    public static String foldKey(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String bare = MARKS.matcher(decomposed).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'D');
        return SPACES.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
