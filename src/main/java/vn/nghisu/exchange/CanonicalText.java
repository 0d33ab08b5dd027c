package vn.nghisu.exchange;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Locale;

/**
 * Canonical spellings of UUIDs and instants in a package, checked by hand for the common case: a package
 * holds hundreds of thousands of them, and java.time's parse-then-format costs microseconds each.
 */
final class CanonicalText {
    private static final int[] DASHES = {8, 13, 18, 23};

    private CanonicalText() {
    }

    /** The lower-case UUID (what UUID.toString gives), or null when the text is not 8-4-4-4-12 hex digits. */
    static String uuid(String text) {
        if (text.length() != 36) {
            return null;
        }
        int dash = 0;
        for (int i = 0; i < 36; i++) {
            char c = text.charAt(i);
            if (dash < DASHES.length && i == DASHES[dash]) {
                if (c != '-') {
                    return null;
                }
                dash++;
            } else if (Character.digit(c, 16) < 0 || c > 'f') {
                return null;
            }
        }
        return text.toLowerCase(Locale.ROOT);
    }

    /** The text as Instant.toString would write it; throws DateTimeParseException when it is no instant. */
    static String instant(String text) {
        return isCanonicalInstant(text) ? text : Instant.parse(text).toString();
    }

    /**
     * True for {@code yyyy-MM-ddTHH:mm:ssZ} with no fraction or one of 3, 6 or 9 digits not ending in 000
     * (exactly Instant.toString's form) naming a real date and time.
     */
    private static boolean isCanonicalInstant(String t) {
        int n = t.length();
        if ((n != 20 && n != 24 && n != 27 && n != 30) || t.charAt(n - 1) != 'Z' || t.charAt(4) != '-'
                || t.charAt(7) != '-' || t.charAt(10) != 'T' || t.charAt(13) != ':' || t.charAt(16) != ':'
                || n > 20 && (t.charAt(19) != '.' || t.startsWith("000", n - 4))) {
            return false;
        }
        for (int i = 0; i < n - 1; i++) {
            if (i != 4 && i != 7 && i != 10 && i != 13 && i != 16 && i != 19 && (t.charAt(i) < '0' || t.charAt(i) > '9')) {
                return false;
            }
        }
        try {
            LocalDateTime.of(number(t, 0, 4), number(t, 5, 7), number(t, 8, 10), number(t, 11, 13), number(t, 14, 16),
                    number(t, 17, 19));
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static int number(String t, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + t.charAt(i) - '0';
        }
        return value;
    }
}
