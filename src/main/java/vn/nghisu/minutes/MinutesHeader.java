package vn.nghisu.minutes;

import java.time.LocalDate;

/** The letterhead values of one minutes; blank bodies or place fall back to the profile's. */
public record MinutesHeader(String parentBody, String issuingBody, String number, String place, LocalDate date) {

    public MinutesHeader {
        parentBody = Nfc.of(parentBody);
        issuingBody = Nfc.of(issuingBody);
        number = Nfc.of(number);
        place = Nfc.of(place);
    }
}
