package vn.nghisu.minutes;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * The typeface: TrueType files for the PDF and a family name for Word.
 *
 * <p>Blank paths mean the bundled Liberation Serif 2.x (metric-compatible with Times New Roman), so every
 * machine prints the same PDF. A DOCX cannot embed it portably, so Word gets {@code docxFamily}, by
 * default "Times New Roman", which every office PC has and which has the same metrics.
 */
public record FontChoice(String regular, String bold, String italic, String boldItalic, String docxFamily) {

    public static final String DEFAULT_DOCX_FAMILY = "Times New Roman";

    public FontChoice {
        regular = Nfc.of(regular);
        bold = Nfc.of(bold).isBlank() ? regular : Nfc.of(bold);
        italic = Nfc.of(italic).isBlank() ? regular : Nfc.of(italic);
        boldItalic = Nfc.of(boldItalic).isBlank() ? bold : Nfc.of(boldItalic);
        docxFamily = Nfc.of(docxFamily).isBlank() ? DEFAULT_DOCX_FAMILY : Nfc.of(docxFamily);
    }

    public static FontChoice bundled() {
        return new FontChoice("", "", "", "", "");
    }

    @JsonIgnore
    public boolean isBundled() {
        return regular.isBlank();
    }
}
