package vn.nghisu.ui.common;

import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.controlsfx.control.textfield.AutoCompletionBinding;

/**
 * Keeps the keyboard of a type-ahead field predictable. JavaFX sends the owner window's keys to a showing
 * popup, and ControlsFX's suggestion list takes Tab and Enter only to fill in a suggestion: Tab left the cursor
 * in the field and Enter never reached the field's own action. Here Tab and Enter take the highlighted
 * suggestion when the text names nothing yet, close the list, and then do what they do in every other field.
 * A list that arrives after the cursor has left (suggestions are fetched in the background) is closed at once.
 */
final class CompletionKeys<T> {
    private final TextField field;
    private final AutoCompletionBinding<T> binding;
    private final Consumer<T> choose;

    private CompletionKeys(TextField field, AutoCompletionBinding<T> binding, Consumer<T> choose) {
        this.field = field;
        this.binding = binding;
        this.choose = choose;
    }

    /** {@code choose} receives the highlighted suggestion when Tab or Enter should take it. */
    static <T> void install(TextField field, AutoCompletionBinding<T> binding, Consumer<T> choose) {
        CompletionKeys<T> keys = new CompletionKeys<>(field, binding, choose);
        binding.getAutoCompletionPopup().addEventFilter(KeyEvent.KEY_PRESSED, keys::onKey);
        // hiding while the popup is being shown breaks PopupWindow (NPE in unbindOwnerFocusedProperty): later
        binding.getAutoCompletionPopup().setOnShown(e -> javafx.application.Platform.runLater(() -> {
            if (!field.isFocused()) {
                binding.getAutoCompletionPopup().hide();
            }
        }));
        field.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                binding.getAutoCompletionPopup().hide();
            }
        });
    }

    private void onKey(KeyEvent e) {
        boolean passOn = e.getCode() == KeyCode.TAB || e.getCode() == KeyCode.ENTER;
        if (!field.isFocused() || passOn) {
            e.consume();
            T highlighted = highlighted();
            binding.getAutoCompletionPopup().hide();
            if (field.isFocused() && highlighted != null) {
                choose.accept(highlighted);
            }
            Node target = field.getScene() == null ? null : field.getScene().getFocusOwner();
            if (target != null) {
                target.fireEvent(e.copyFor(target, target));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private T highlighted() {
        var skin = binding.getAutoCompletionPopup().getSkin();
        if (skin != null && skin.getNode() instanceof ListView<?> list) {
            return (T) list.getSelectionModel().getSelectedItem();
        }
        return null;
    }
}
