package vn.nghisu.service.minutes;

import java.util.Locale;

/** The file formats minutes export to. */
public enum MinutesFormat {
    PDF, DOCX;

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }
}
