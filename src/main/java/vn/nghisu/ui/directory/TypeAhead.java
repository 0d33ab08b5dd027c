package vn.nghisu.ui.directory;

import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyEvent;
import vn.nghisu.domain.Texts;

/** Type-ahead for a picker: typed letters select the first item whose name or one of its words starts with them, accents optional. */
public final class TypeAhead {
    private static final long RESET_MILLIS = 1200;
    private final StringBuilder typed = new StringBuilder();
    private long lastKey;

    private TypeAhead() {
    }

    public static <T> void install(ComboBox<T> combo, Function<T, String> text) {
        TypeAhead state = new TypeAhead();
        combo.addEventHandler(KeyEvent.KEY_TYPED, e -> {
            String ch = e.getCharacter();
            if (ch.isEmpty() || Character.isISOControl(ch.charAt(0)) || e.isControlDown()) {
                return;
            }
            long now = System.currentTimeMillis();
            if (now - state.lastKey > RESET_MILLIS) {
                state.typed.setLength(0);
            }
            state.lastKey = now;
            state.typed.append(ch);
            String key = Texts.foldKey(state.typed.toString());
            // First a name that starts with the letters, then one with a word that does ("to chuc" in "Ban Tổ chức").
            T hit = combo.getItems().stream().filter(i -> i != null && Texts.foldKey(text.apply(i)).startsWith(key))
                    .findFirst().orElseGet(() -> combo.getItems().stream()
                            .filter(i -> i != null && (" " + Texts.foldKey(text.apply(i))).contains(" " + key))
                            .findFirst().orElse(null));
            if (hit != null) {
                combo.getSelectionModel().select(hit);
            }
            e.consume();
        });
    }
}
