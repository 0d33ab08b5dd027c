package vn.nghisu.ui.exchange;

import java.io.File;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import vn.nghisu.exchange.ConflictReport;
import vn.nghisu.exchange.ImportReport;
import vn.nghisu.ui.Columns;
import vn.nghisu.ui.ErrorDialog;
import vn.nghisu.ui.Messages;
import vn.nghisu.ui.UiContext;

/** What an import would add, update, leave or conflict on, per table; the user applies it or saves the report. */
final class ImportPreviewDialog extends Dialog<ButtonType> {
    static final ButtonType APPLY = new ButtonType("apply", ButtonBar.ButtonData.OK_DONE);

    ImportPreviewDialog(UiContext ctx, ImportReport report) {
        Messages m = ctx.messages();
        setTitle(m.get("exchange.import.title"));
        getDialogPane().setId("import-preview");
        Label summary = new Label(m.format("exchange.import.preview", report.added(), report.updated(),
                report.unchanged(), report.conflicts().size()));
        summary.setId("import-summary");
        summary.setWrapText(true);
        TableView<Map.Entry<String, ImportReport.TableCounts>> table = new TableView<>(
                FXCollections.observableArrayList(report.tables().entrySet().stream()
                        .filter(e -> e.getValue().added() + e.getValue().updated() + e.getValue().unchanged()
                                + e.getValue().conflicts() > 0).toList()));
        table.setId("import-tables");
        table.setPlaceholder(new Label(m.get("exchange.import.nothing")));
        table.getColumns().add(Columns.text(m.get("exchange.col.table"), 230, e -> m.get("exchange.table." + e.getKey())));
        table.getColumns().add(Columns.text(m.get("exchange.col.added"), 112, e -> "" + e.getValue().added()));
        table.getColumns().add(Columns.text(m.get("exchange.col.updated"), 112, e -> "" + e.getValue().updated()));
        table.getColumns().add(Columns.text(m.get("exchange.col.unchanged"), 112, e -> "" + e.getValue().unchanged()));
        table.getColumns().add(Columns.text(m.get("exchange.col.conflicts"), 112, e -> "" + e.getValue().conflicts()));
        table.setPrefHeight(320);
        table.setPrefWidth(700);
        getDialogPane().setPrefWidth(760);
        getDialogPane().setContent(new VBox(12, summary, table));
        ButtonType save = new ButtonType(m.get("exchange.import.saveReport"), ButtonBar.ButtonData.LEFT);
        ButtonType apply = new ButtonType(m.get("exchange.import.apply"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(m.get("exchange.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().addAll(save, apply, cancel);
        Button saveButton = (Button) getDialogPane().lookupButton(save);
        saveButton.setId("import-save-report");
        ButtonBar.setButtonUniformSize(saveButton, false); // its longer text would be cut to "Lưu báo cáo xung …"
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            saveReport(ctx, report);
        });
        Button applyButton = (Button) getDialogPane().lookupButton(apply);
        applyButton.setId("import-apply");
        applyButton.setDisable(report.changesNothing());
        setResultConverter(b -> b == apply ? APPLY : b);
    }

    private void saveReport(UiContext ctx, ImportReport report) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName("nghisu-conflicts.txt");
        File file = chooser.showSaveDialog(getDialogPane().getScene().getWindow());
        if (file == null) {
            return;
        }
        ctx.tasks().run(() -> {
            ConflictReport.save(report, ctx.messages().locale(), file.toPath());
            return file;
        }, f -> { }, e -> ErrorDialog.show(ctx.messages(), e));
    }
}
