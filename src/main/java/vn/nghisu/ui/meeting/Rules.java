package vn.nghisu.ui.meeting;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.scene.control.Control;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import vn.nghisu.ui.Messages;
import vn.nghisu.ui.common.EntityPicker;

/** ControlsFX decorations next to fields, fed by the same rules the service enforces (MeetingRules). */
final class Rules {
    private final ValidationSupport support = new ValidationSupport();
    private final Messages messages;

    Rules(Messages messages) {
        this.messages = messages;
    }

    /** Decorates the control while the rule reports a message key; re-checks when any dependency changes. */
    Rules on(Control control, Supplier<Optional<String>> rule, Observable... dependencies) {
        support.registerValidator(control, false, (Control c, Object value) -> {
            Optional<String> broken = rule.get();
            return ValidationResult.fromErrorIf(c, broken.map(messages::get).orElse(""), broken.isPresent());
        });
        for (Observable o : dependencies) {
            o.addListener(x -> support.revalidate(control));
        }
        return this;
    }

    /** Decorates a picker whose committed text names no record, so the text on screen is not taken as saved. */
    Rules unmatched(EntityPicker<?> picker) {
        return on(picker, () -> picker.isUnmatched() ? Optional.of("editor.invalid.unmatched") : Optional.empty(),
                picker.unmatchedProperty());
    }
}
