package vn.nghisu.ui.followup;

import java.time.LocalDate;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.nghisu.domain.ActionItemRow;
import vn.nghisu.ui.Columns;
import vn.nghisu.ui.ErrorDialog;
import vn.nghisu.ui.UiContext;

/** Nhiệm vụ: every action item across meetings and plans, with overdue derived from the deadline. */
public final class ActionItemsView extends VBox {
    private final ObservableList<ActionItemRow> rows = FXCollections.observableArrayList();

    public ActionItemsView(UiContext ctx) {
        setSpacing(12);
        setPadding(new Insets(16));
        Label title = new Label(ctx.messages().get("actions.title"));
        title.getStyleClass().add("title-2");
        TableView<ActionItemRow> table = new TableView<>(rows);
        table.setId("actions-table");
        var m = ctx.messages();
        LocalDate today = LocalDate.now();
        table.getColumns().add(Columns.text(m.get("actions.col.title"), 380, ActionItemRow::title));
        table.getColumns().add(Columns.text(m.get("actions.col.owner"), 220, ActionItemRow::ownerName));
        table.getColumns().add(Columns.text(m.get("actions.col.deadline"), 100, r -> Columns.date(r.deadline())));
        table.getColumns().add(Columns.text(m.get("actions.col.status"), 140, r -> r.isOverdue(today)
                ? m.label("action.status", r.status()) + " · " + m.get("actions.overdue")
                : m.label("action.status", r.status())));
        table.getColumns().add(Columns.text(m.get("actions.col.meeting"), 260, ActionItemRow::meetingTitle));
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(title, table);
        ctx.tasks().run(ctx.followUp()::actionItems, rows::setAll, e -> ErrorDialog.show(ctx.messages(), e));
    }
}
