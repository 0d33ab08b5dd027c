package vn.nghisu.minutes;

import java.util.Objects;

/**
 * Layout and letterhead of a minutes: which rules it follows, who issues it, margins, fonts and signer titles.
 *
 * @param numberTemplate the number line with {@value #NUMBER_SLOT} where the number goes, e.g. "Số: {số}/BB-MTTQ"
 * @param motto          the line under the national title; blank for Party documents
 */
public record DocumentProfile(
        ProfileKind kind,
        String parentBody,
        String issuingBody,
        String numberTemplate,
        String place,
        String nationalTitle,
        String motto,
        String chairLabel,
        String secretaryLabel,
        String chairSignerTitle,
        String secretarySignerTitle,
        PageMargins margins,
        FontSizes fontSizes,
        FontChoice fonts) {

    public static final String NUMBER_SLOT = "{số}";

    public DocumentProfile {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(margins, "margins");
        Objects.requireNonNull(fontSizes, "fontSizes");
        parentBody = Nfc.of(parentBody);
        issuingBody = Nfc.of(issuingBody);
        numberTemplate = Nfc.of(numberTemplate);
        place = Nfc.of(place);
        nationalTitle = Nfc.of(nationalTitle);
        motto = Nfc.of(motto);
        chairLabel = Nfc.of(chairLabel);
        secretaryLabel = Nfc.of(secretaryLabel);
        chairSignerTitle = Nfc.of(chairSignerTitle);
        secretarySignerTitle = Nfc.of(secretarySignerTitle);
        fonts = fonts == null ? FontChoice.bundled() : fonts;
    }

    /** The number line for a given number; a blank number leaves room to write it by hand. */
    public String formatNumber(String number) {
        String value = Nfc.of(number).isBlank() ? "\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0" : Nfc.of(number);
        return numberTemplate.replace(NUMBER_SLOT, value);
    }

    public DocumentProfile withLetterhead(String newParentBody, String newIssuingBody, String newPlace) {
        return new DocumentProfile(kind, newParentBody, newIssuingBody, numberTemplate, newPlace, nationalTitle, motto,
                chairLabel, secretaryLabel, chairSignerTitle, secretarySignerTitle, margins, fontSizes, fonts);
    }

    public DocumentProfile withFonts(FontChoice newFonts) {
        return new DocumentProfile(kind, parentBody, issuingBody, numberTemplate, place, nationalTitle, motto,
                chairLabel, secretaryLabel, chairSignerTitle, secretarySignerTitle, margins, fontSizes, newFonts);
    }
}
