package vn.nghisu.ui.common;

import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Tab moves to the next field from a multi-line field too (Shift+Tab to the one before), as in every other field: a
 * secretary typing live does not know that JavaFX's text areas want Ctrl+Tab, and a tab character in a summary is
 * never what was meant.
 */
public final class TabTraversal {
    private TabTraversal() {
    }

    public static void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown() && !e.isAltDown() && !e.isMetaDown()
                    && scene.getFocusOwner() instanceof TextArea area) {
                e.consume();
                // the text area's own binding for Ctrl+Tab (Ctrl+Shift+Tab) moves the focus on (back)
                area.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, e.isShiftDown(), true, false,
                        false));
            }
        });
    }
}
