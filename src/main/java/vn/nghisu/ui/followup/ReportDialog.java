package vn.nghisu.ui.followup;

import java.io.File;
import java.time.LocalDate;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import vn.nghisu.domain.ListItem;
import vn.nghisu.service.followup.ReportService;
import vn.nghisu.service.followup.report.ReportExporter;
import vn.nghisu.ui.DialogButtons;
import vn.nghisu.ui.ErrorDialog;
import vn.nghisu.ui.Messages;
import vn.nghisu.ui.common.Fields;
import vn.nghisu.ui.task.BackgroundTasks;

/** Asks for the period, the receiving body and the format of the report upward, then writes it off the FX thread. */
final class ReportDialog {
    private ReportDialog() {
    }

    static void ask(Window owner, Messages m, IssuesViewModel model, ReportService reports, BackgroundTasks tasks) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(m.get("report.title"));
        DatePicker from = Fields.date("report-from", m.get("report.from"));
        from.setValue(LocalDate.now().withDayOfYear(1));
        DatePicker to = Fields.date("report-to", m.get("report.to"));
        to.setValue(LocalDate.now());
        ComboBox<ListItem> body = new ComboBox<>(model.bodies());
        body.setConverter(Fields.shownAs(b -> b == null ? "" : b.name()));
        body.setId("report-body");
        if (!model.bodies().isEmpty()) {
            body.setValue(model.bodies().get(0));
        }
        ComboBox<ReportExporter.Format> format = new ComboBox<>();
        format.getItems().addAll(ReportExporter.Format.values());
        format.setValue(ReportExporter.Format.PDF);
        format.setId("report-format");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(m.get("report.from")), from);
        grid.addRow(1, new Label(m.get("report.to")), to);
        grid.addRow(2, new Label(m.get("report.body")), body);
        grid.addRow(3, new Label(m.get("report.format")), format);
        dialog.getDialogPane().setContent(grid);
        DialogButtons.okCancel(dialog, m);
        if (!dialog.showAndWait().filter(DialogButtons::isOk).isPresent() || body.getValue() == null
                || from.getValue() == null || to.getValue() == null || to.getValue().isBefore(from.getValue())) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName("bao-cao." + format.getValue().name().toLowerCase(java.util.Locale.ROOT));
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return;
        }
        LocalDate start = from.getValue();
        LocalDate end = to.getValue();
        String name = body.getValue().name();
        ReportExporter.Format f = format.getValue();
        tasks.run(() -> {
            ReportExporter.standard().upward(reports.build(start, end, name), f, file.toPath());
            return file;
        }, done -> { }, e -> ErrorDialog.show(m, e));
    }
}
