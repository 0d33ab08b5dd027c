package vn.nghisu.ui.followup;

import java.io.File;
import java.util.Arrays;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import vn.nghisu.domain.ActionItemRow;
import vn.nghisu.domain.ActionStatus;
import vn.nghisu.ui.DialogButtons;
import vn.nghisu.ui.Columns;
import vn.nghisu.ui.Messages;
import vn.nghisu.ui.common.Fields;

/** Nhiệm vụ: every action item across meetings and plans, filtered in the database, with bulk status changes. */
public final class ActionItemsView extends VBox {
    private final ActionItemsViewModel model;
    private final Messages m;
    private final TableView<ActionItemRow> table;

    public ActionItemsView(ActionItemsViewModel model, Messages m, FollowUpNavigator nav) {
        this.model = model;
        this.m = m;
        setSpacing(10);
        setPadding(new Insets(16));
        table = new TableView<>(model.rows());
        getChildren().addAll(header(), new ActionFilterBar(model, m), table(), actionsBar());
        model.loadChoices();
        ActionFilterRequests.follow(nav.actionRequest(), model.filterProperty());
        parentProperty().addListener((o, old, parent) -> {
            if (parent != null && old == null) {
                model.refresh();
            }
        });
        if (nav.actionRequest().get() == null) {
            model.refresh();
        }
    }

    private HBox header() {
        Label title = new Label(m.get("actions.title"));
        title.getStyleClass().add("title-2");
        Label count = new Label();
        count.setId("actions-count");
        count.textProperty().bind(Bindings.createStringBinding(() -> model.truncatedProperty().get()
                        ? m.format("actions.count.limited", model.rows().size())
                        : m.format("actions.count", model.rows().size()), model.rows(), model.truncatedProperty()));
        ComboBox<String> saved = new ComboBox<>(model.savedNames());
        saved.setId("actions-saved");
        saved.setPromptText(m.get("filter.saved"));
        saved.setAccessibleText(m.get("filter.saved"));
        saved.valueProperty().addListener((o, a, name) -> {
            if (name != null) {
                model.applySaved(name);
            }
        });
        Button save = new Button(m.get("filter.save"));
        save.setId("actions-save-filter");
        save.setOnAction(e -> {
            TextInputDialog ask = DialogButtons.textInput(m);
            ask.setHeaderText(m.get("filter.save.name"));
            ask.showAndWait().filter(s -> !s.isBlank()).ifPresent(model::saveFilter);
        });
        Button export = new Button(m.get("export.xlsx"));
        export.setId("actions-export");
        export.setOnAction(e -> export());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox box = new HBox(12, title, count, grow, saved, save, export);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private TableView<ActionItemRow> table() {
        table.setId("actions-table");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label(m.get("actions.empty")));
        table.getColumns().add(Columns.text(m.get("actions.col.title"), 380, ActionItemRow::title));
        table.getColumns().add(Columns.text(m.get("actions.col.owner"), 220, ActionItemRow::ownerName));
        table.getColumns().add(Columns.text(m.get("actions.col.lead"), 160, ActionItemRow::leadName));
        table.getColumns().add(Columns.text(m.get("actions.col.deadline"), 100, r -> Columns.date(r.deadline())));
        table.getColumns().add(Columns.text(m.get("actions.col.status"), 170, r -> r.isOverdue(model.today())
                ? m.label("action.status", r.status()) + " · " + m.get("actions.overdue")
                : m.label("action.status", r.status())));
        table.getColumns().add(Columns.text(m.get("actions.col.meeting"), 260, ActionItemRow::meetingTitle));
        VBox.setVgrow(table, Priority.ALWAYS);
        return table;
    }

    private HBox actionsBar() {
        ComboBox<ActionStatus> status = new ComboBox<>();
        status.getItems().addAll(Arrays.asList(ActionStatus.values()));
        status.setConverter(Fields.shownAs(s -> s == null ? "" : m.label("action.status", s)));
        status.setButtonCell(ActionFilterBar.cell(status.getConverter()));
        status.setPromptText(m.get("actions.bulk.status"));
        status.setId("actions-bulk-status");
        status.setAccessibleText(m.get("actions.bulk.status"));
        Button apply = new Button(m.get("actions.bulk.apply"));
        apply.setId("actions-bulk-apply");
        apply.disableProperty().bind(status.valueProperty().isNull()
                .or(Bindings.isEmpty(table.getSelectionModel().getSelectedItems())));
        apply.setOnAction(e -> model.setStatus(table.getSelectionModel().getSelectedItems(), status.getValue()));
        Button progress = new Button(m.get("actions.progress.add"));
        progress.setId("actions-progress");
        progress.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        progress.setOnAction(e -> ProgressDialog.ask(m, table.getSelectionModel().getSelectedItem())
                .ifPresent(p -> model.addProgress(table.getSelectionModel().getSelectedItem(), p.date(), p.note(),
                        p.percent())));
        HBox bar = new HBox(8, status, apply, progress);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private void export() {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName("nhiem-vu.xlsx");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Excel", "*.xlsx"));
        File file = chooser.showSaveDialog(getScene().getWindow());
        if (file != null) {
            model.export(file.toPath(), () -> { });
        }
    }
}
