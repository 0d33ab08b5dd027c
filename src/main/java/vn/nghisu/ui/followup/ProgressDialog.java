package vn.nghisu.ui.followup;

import java.time.LocalDate;
import java.util.Optional;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import vn.nghisu.domain.ActionItemRow;
import vn.nghisu.ui.DialogButtons;
import vn.nghisu.ui.Messages;
import vn.nghisu.ui.common.Fields;

/** Asks for a dated progress note with a percentage. */
final class ProgressDialog {
    /** What the user entered. */
    record Entry(LocalDate date, String note, Integer percent) {
    }

    private ProgressDialog() {
    }

    static Optional<Entry> ask(Messages m, ActionItemRow item) {
        Dialog<Entry> dialog = new Dialog<>();
        dialog.setTitle(m.get("actions.progress.add"));
        dialog.setHeaderText(item.title());
        DatePicker date = Fields.date("progress-date", m.get("actions.progress.date"));
        date.setValue(LocalDate.now());
        TextArea note = new TextArea();
        note.setId("progress-note");
        note.setPrefRowCount(3);
        Spinner<Integer> percent = new Spinner<>(0, 100, 0, 10);
        percent.setId("progress-percent");
        percent.setEditable(true);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(m.get("actions.progress.date")), date);
        grid.addRow(1, new Label(m.get("actions.progress.note")), note);
        grid.addRow(2, new Label(m.get("actions.progress.percent")), percent);
        dialog.getDialogPane().setContent(grid);
        DialogButtons.okCancel(dialog, m);
        dialog.setResultConverter(b -> DialogButtons.isOk(b) ? new Entry(date.getValue(), note.getText(),
                percent.getValue()) : null);
        return dialog.showAndWait();
    }
}
