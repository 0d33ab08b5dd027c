package vn.nghisu.ui.meeting;

import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import vn.nghisu.service.MeetingRules;
import vn.nghisu.ui.Messages;
import vn.nghisu.ui.common.Fields;

/** Bế mạc: the end time and the closing notes. */
final class ClosingSection extends GridPane {
    final TextField end;

    ClosingSection(MeetingEditorViewModel vm, Messages m) {
        GeneralForm g = vm.general;
        getStyleClass().add("editor-grid");
        setHgap(12);
        setVgap(8);
        end = Fields.text("closing-end", m.get("editor.general.end"));
        end.textProperty().bindBidirectional(g.end);
        TextArea note = new TextArea();
        note.setId("closing-note");
        note.setAccessibleText(m.get("editor.closing.note"));
        note.setWrapText(true);
        note.setPrefRowCount(6);
        note.textProperty().bindBidirectional(g.closingNote);
        Fields.row(this, m.get("editor.general.end"), end);
        Fields.row(this, m.get("editor.closing.note"), note);
        new Rules(m).on(end, () -> MeetingRules.times(Fields.parseTime(g.start.get()), Fields.parseTime(g.end.get())),
                g.start, g.end);
    }
}
