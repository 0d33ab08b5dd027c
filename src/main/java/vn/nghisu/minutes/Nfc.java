package vn.nghisu.minutes;

import java.text.Normalizer;
import java.util.List;

/** Normalizes text and lists at the boundary of the minutes model, so renderers never see NFD or null. */
final class Nfc {

    private Nfc() {
    }

    /** Returns the NFC form of the text; null becomes "" so layout code needs no null checks. */
    static String of(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    static List<String> strings(List<String> texts) {
        return texts == null ? List.of() : texts.stream().map(Nfc::of).toList();
    }

    static <T> List<T> list(List<T> items) {
        return items == null ? List.of() : List.copyOf(items);
    }
}
