package vn.nghisu.ui.exchange;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.nghisu.exchange.ExportRequest;
import vn.nghisu.ui.Messages;
import vn.nghisu.ui.common.Fields;

/**
 * Which meetings a package carries: the ones selected in the list, a date range, all, or everything changed
 * since the last package sent to an office. Answers the request; the file is chosen afterwards.
 */
final class ExportDialog extends Dialog<ExportRequest> {
    private final ToggleGroup scope = new ToggleGroup();

    ExportDialog(Messages m, List<UUID> selected, List<String> offices) {
        setTitle(m.get("exchange.export.title"));
        getDialogPane().setId("export-dialog");
        RadioButton chosen = choice("export-selected", m.format("exchange.export.selectedCount", selected.size()));
        chosen.setDisable(selected.isEmpty());
        RadioButton range = choice("export-range", m.get("exchange.export.range"));
        RadioButton all = choice("export-all", m.get("exchange.export.all"));
        RadioButton changed = choice("export-changed", m.get("exchange.export.changed"));
        scope.selectToggle(selected.isEmpty() ? all : chosen);

        DatePicker from = Fields.date("export-from", m.get("exchange.export.from"));
        DatePicker to = Fields.date("export-to", m.get("exchange.export.to"));
        from.setValue(LocalDate.now().withDayOfMonth(1));
        to.setValue(LocalDate.now());
        from.setPrefWidth(150);
        to.setPrefWidth(150);
        HBox dates = new HBox(8, label(m.get("exchange.export.from")), from, label(m.get("exchange.export.to")), to);
        dates.disableProperty().bind(range.selectedProperty().not());
        ComboBox<String> office = new ComboBox<>();
        office.setId("export-office");
        office.setAccessibleText(m.get("exchange.export.office"));
        office.setEditable(true);
        office.getItems().setAll(offices);
        office.setPrefWidth(380);
        office.setPromptText(m.get("exchange.export.officePrompt"));
        if (!offices.isEmpty()) {
            office.setValue(offices.get(0));
        }
        HBox officeRow = new HBox(8, label(m.get("exchange.export.office")), office);
        officeRow.disableProperty().bind(changed.selectedProperty().not());

        GridPane grid = new GridPane();
        grid.setVgap(8);
        grid.addColumn(0, new Label(m.get("exchange.export.scope")), chosen, all, range, indent(dates), changed,
                indent(officeRow));
        VBox content = new VBox(grid);
        content.setPadding(new javafx.geometry.Insets(8, 8, 0, 8));
        getDialogPane().setContent(content);
        getDialogPane().setPrefWidth(620);

        ButtonType run = new ButtonType(m.get("exchange.export.run"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(m.get("exchange.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().addAll(run, cancel);
        getDialogPane().lookupButton(cancel).setId("export-cancel");
        getDialogPane().lookupButton(run).setId("export-run");
        BooleanBinding badRange = range.selectedProperty().and(Bindings.createBooleanBinding(() -> from.getValue() == null
                || to.getValue() == null || from.getValue().isAfter(to.getValue()), from.valueProperty(), to.valueProperty()));
        BooleanBinding noOffice = changed.selectedProperty().and(Bindings.createBooleanBinding(() -> text(office).isBlank(),
                office.valueProperty(), office.getEditor().textProperty()));
        getDialogPane().lookupButton(run).disableProperty().bind(badRange.or(noOffice));
        setResultConverter(b -> {
            if (b != run) {
                return null;
            } else if (chosen.isSelected()) {
                return ExportRequest.of(selected);
            } else if (range.isSelected()) {
                return new ExportRequest(List.of(), from.getValue(), to.getValue(), null);
            }
            return changed.isSelected() ? ExportRequest.changedFor(text(office).strip()) : ExportRequest.all();
        });
    }

    private RadioButton choice(String id, String text) {
        RadioButton b = new RadioButton(text);
        b.setId(id);
        b.setAccessibleText(text);
        b.setToggleGroup(scope);
        return b;
    }

    /** A label that keeps its whole text (JavaFX would shorten it to "Từ n…" in a tight row). */
    private static Label label(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static HBox indent(HBox row) {
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        row.getStyleClass().add("exchange-indent");
        return row;
    }

    /** The editable combo's typed text counts even before Enter commits it. */
    private static String text(ComboBox<String> office) {
        String typed = office.getEditor().getText();
        return typed != null && !typed.isBlank() ? typed : office.getValue() == null ? "" : office.getValue();
    }
}
