package vn.nghisu.ui.meeting;

import javafx.scene.control.Label;
import vn.nghisu.ui.ErrorDialog;
import vn.nghisu.ui.Messages;

/** "Đang lưu…" / "Đã lưu lúc 10:42:15": what the autosaver has committed, always in view. */
final class SaveStateLabel extends Label {
    SaveStateLabel(Autosaver autosaver, Messages m) {
        setId("save-state");
        getStyleClass().add("save-state");
        setMinWidth(USE_PREF_SIZE);
        autosaver.stateProperty().addListener((o, a, b) -> show(autosaver, m));
        autosaver.savedAtProperty().addListener((o, a, b) -> show(autosaver, m));
        show(autosaver, m);
    }

    private void show(Autosaver autosaver, Messages m) {
        getStyleClass().removeAll("saved", "error");
        switch (autosaver.stateProperty().get()) {
            case PENDING, SAVING -> setText(m.get("editor.saving"));
            case SAVED -> {
                setText(m.format("editor.savedAt", autosaver.savedAtProperty().get().toString()));
                getStyleClass().add("saved");
            }
            case INVALID -> {
                setText(m.get("editor.unsavedInvalid"));
                getStyleClass().add("error");
            }
            case FAILED -> {
                setText(m.get("editor.saveFailed") + " " + ErrorDialog.sentence(m, autosaver.failureProperty().get()));
                getStyleClass().add("error");
            }
            default -> setText(m.get("editor.allSaved"));
        }
        setAccessibleText(getText());
    }
}
