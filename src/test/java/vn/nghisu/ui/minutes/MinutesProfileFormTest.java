package vn.nghisu.ui.minutes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import vn.nghisu.domain.ValidationException;
import vn.nghisu.minutes.DocumentProfile;
import vn.nghisu.minutes.DocumentProfiles;
import vn.nghisu.minutes.ProfileKind;

class MinutesProfileFormTest {

    @Test
    void editedLetterheadMarginsAndSizesBecomeTheProfile() {
        MinutesProfileForm form = new MinutesProfileForm();
        form.load(DocumentProfiles.state());
        form.issuingBody.set("Ban Tuyên giáo");
        form.numberTemplate.set("Số: {số}/BB-BTG");
        form.left.set("35");
        form.bodySize.set("13,5");
        DocumentProfile p = form.toProfile();
        assertEquals("Ban Tuyên giáo", p.issuingBody());
        assertEquals("Số: 7/BB-BTG", p.formatNumber("7"));
        assertEquals(35, p.margins().leftMm());
        assertEquals(13.5f, p.fontSizes().body());
        assertEquals(DocumentProfiles.state().motto(), p.motto());
    }

    @Test
    void switchingToPartyStartsFromThePartyTemplate() {
        MinutesProfileForm form = new MinutesProfileForm();
        form.load(DocumentProfiles.state());
        form.switchKind(ProfileKind.PARTY);
        assertEquals(DocumentProfiles.party(), form.toProfile());
    }

    @ParameterizedTest
    @CsvSource({"top, abc, minutes.template.notNumber", "left, 80, minutes.template.margin",
            "body, 3, minutes.template.size", "number, Số 12/BB, minutes.template.numberSlot"})
    void badValuesAreRefusedWithAMessageKey(String field, String value, String key) {
        MinutesProfileForm form = new MinutesProfileForm();
        form.load(DocumentProfiles.state());
        switch (field) {
            case "top" -> form.top.set(value);
            case "left" -> form.left.set(value);
            case "body" -> form.bodySize.set(value);
            default -> form.numberTemplate.set(value);
        }
        assertEquals(key, assertThrows(ValidationException.class, form::toProfile).key());
    }
}
