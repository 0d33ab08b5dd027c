package vn.nghisu.ui.directory;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Window;
import org.controlsfx.validation.ValidationResult;
import vn.nghisu.ui.Messages;

/** Asks which of two duplicate entries survives; the other is merged into it and deleted. */
final class MergeDialog<T> extends FormDialog<MergeDialog.Choice<T>> {
    private final ComboBox<T> survivor;
    private final ComboBox<T> duplicate;

    MergeDialog(Window owner, Messages m, List<T> items, Function<T, String> name, T keep, T drop) {
        super(owner, m, m.get("directory.merge.title"));
        Label help = row("directory.merge.title", new Label(m.get("directory.merge.help")));
        help.setWrapText(true);
        survivor = row("directory.merge.survivor", Pickers.combo("merge-survivor", items, name, null));
        duplicate = row("directory.merge.duplicate", Pickers.combo("merge-duplicate", items, name, null));
        survivor.setValue(keep);
        duplicate.setValue(drop);
        validate(() -> validation.registerValidator(duplicate, false, (c, value) -> ValidationResult.fromErrorIf(c,
                m.get("directory.merge.same"), value == null || Objects.equals(value, survivor.getValue()))));
        survivor.valueProperty().addListener((obs, old, now) -> validation.revalidate());
    }

    @Override
    protected Choice<T> build() {
        return new Choice<>(survivor.getValue(), duplicate.getValue());
    }

    record Choice<T>(T survivor, T duplicate) {
    }
}
