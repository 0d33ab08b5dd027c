package vn.nghisu.ui.minutes;

import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.nghisu.domain.ValidationException;
import vn.nghisu.minutes.DocumentProfile;
import vn.nghisu.minutes.DocumentProfiles;
import vn.nghisu.minutes.FontSizes;
import vn.nghisu.minutes.PageMargins;
import vn.nghisu.minutes.ProfileKind;

/** The letterhead editor's state: the editable fields of a template as text, checked and turned into a profile. */
public final class MinutesProfileForm {
    final ObjectProperty<ProfileKind> kind = new SimpleObjectProperty<>(ProfileKind.STATE);
    final StringProperty parentBody = new SimpleStringProperty("");
    final StringProperty issuingBody = new SimpleStringProperty("");
    final StringProperty numberTemplate = new SimpleStringProperty("");
    final StringProperty place = new SimpleStringProperty("");
    final StringProperty chairSigner = new SimpleStringProperty("");
    final StringProperty secretarySigner = new SimpleStringProperty("");
    final StringProperty top = new SimpleStringProperty("");
    final StringProperty bottom = new SimpleStringProperty("");
    final StringProperty left = new SimpleStringProperty("");
    final StringProperty right = new SimpleStringProperty("");
    final StringProperty bodySize = new SimpleStringProperty("");
    final StringProperty tableSize = new SimpleStringProperty("");
    private DocumentProfile base = DocumentProfiles.state();

    public void load(DocumentProfile profile) {
        base = profile;
        kind.set(profile.kind());
        parentBody.set(profile.parentBody());
        issuingBody.set(profile.issuingBody());
        numberTemplate.set(profile.numberTemplate());
        place.set(profile.place());
        chairSigner.set(profile.chairSignerTitle());
        secretarySigner.set(profile.secretarySignerTitle());
        PageMargins mm = profile.margins();
        top.set(number(mm.topMm()));
        bottom.set(number(mm.bottomMm()));
        left.set(number(mm.leftMm()));
        right.set(number(mm.rightMm()));
        bodySize.set(number(profile.fontSizes().body()));
        tableSize.set(number(profile.fontSizes().table()));
    }

    /** Switching STATE/PARTY starts from that kind's built-in template: national title, motto, labels differ. */
    public void switchKind(ProfileKind newKind) {
        if (newKind != null && newKind != base.kind()) {
            load(DocumentProfiles.builtIn(newKind));
        }
    }

    /** The edited profile; a margin or size that is not a number in range is refused with a message key. */
    public DocumentProfile toProfile() {
        PageMargins margins = new PageMargins(mm(top), mm(bottom), mm(left), mm(right));
        FontSizes s = base.fontSizes();
        FontSizes sizes = new FontSizes(pt(bodySize), pt(tableSize), s.parentBody(), s.issuingBody(), s.nationalTitle(),
                s.motto(), s.title(), s.pageNumber(), s.footer());
        if (!numberTemplate.get().contains(DocumentProfile.NUMBER_SLOT)) {
            throw new ValidationException("minutes.template.numberSlot");
        }
        return new DocumentProfile(base.kind(), parentBody.get(), issuingBody.get(), numberTemplate.get(), place.get(),
                base.nationalTitle(), base.motto(), base.chairLabel(), base.secretaryLabel(), chairSigner.get(),
                secretarySigner.get(), margins, sizes, base.fonts());
    }

    private static double mm(StringProperty text) {
        double value = parse(text);
        if (value < 0 || value > 60) {
            throw new ValidationException("minutes.template.margin");
        }
        return value;
    }

    private static float pt(StringProperty text) {
        double value = parse(text);
        if (value < 6 || value > 30) {
            throw new ValidationException("minutes.template.size");
        }
        return (float) value;
    }

    private static double parse(StringProperty text) {
        try {
            return Double.parseDouble(text.get().strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new ValidationException("minutes.template.notNumber");
        }
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%s", value);
    }
}
