package vn.nghisu.minutes;

import java.util.Locale;

/** The resolved top of the first page: document values where given, the profile's otherwise, in print case. */
public record Letterhead(
        ProfileKind kind,
        String parentBody,
        String issuingBody,
        String number,
        String placeAndDate,
        String nationalTitle,
        String motto,
        String title,
        String subject) {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    public static Letterhead of(MinutesDocument doc, DocumentProfile profile) {
        MinutesHeader header = doc.header();
        String number = header.number().isBlank() ? profile.formatNumber("") : header.number();
        String place = firstNonBlank(header.place(), profile.place());
        return new Letterhead(
                profile.kind(),
                upper(firstNonBlank(header.parentBody(), profile.parentBody())),
                upper(firstNonBlank(header.issuingBody(), profile.issuingBody())),
                number,
                VietnameseDates.placeAndDate(place, header.date() != null ? header.date() : doc.date()),
                upper(profile.nationalTitle()),
                profile.motto(),
                upper(doc.title()),
                doc.subject());
    }

    private static String firstNonBlank(String preferred, String fallback) {
        return preferred.isBlank() ? fallback : preferred;
    }

    private static String upper(String text) {
        return text.toUpperCase(VIETNAMESE);
    }
}
