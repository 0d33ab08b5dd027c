package vn.nghisu.ui.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.Property;
import javafx.scene.Node;
import vn.nghisu.ui.common.EntityPicker;

/** Binds a form's controls to whichever row is selected, and unbinds them from the previous one. */
final class FormBinder<R> {
    private final List<Consumer<R>> binds = new ArrayList<>();
    private final List<Consumer<R>> unbinds = new ArrayList<>();
    private final List<Runnable> clears = new ArrayList<>();
    private final List<Node> controls = new ArrayList<>();
    private R current;

    <T> FormBinder<R> bind(Node control, Property<T> controlValue, Function<R, Property<T>> rowValue, T empty) {
        controls.add(control);
        binds.add(r -> controlValue.bindBidirectional(rowValue.apply(r)));
        unbinds.add(r -> controlValue.unbindBidirectional(rowValue.apply(r)));
        clears.add(() -> controlValue.setValue(empty));
        return this;
    }

    void show(R row) {
        // a name typed but not yet committed belongs to the row being left, not to the next one
        controls.stream().filter(c -> c instanceof EntityPicker<?>).forEach(c -> ((EntityPicker<?>) c).commit());
        if (current != null) {
            R old = current;
            unbinds.forEach(u -> u.accept(old));
        }
        current = row;
        if (row == null) {
            clears.forEach(Runnable::run);
        } else {
            binds.forEach(b -> b.accept(row));
        }
        controls.stream().filter(c -> !c.disableProperty().isBound()).forEach(c -> c.setDisable(row == null));
    }

    R current() {
        return current;
    }
}
