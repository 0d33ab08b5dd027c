package vn.nghisu.ui.followup;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.nghisu.domain.IssueRow;
import vn.nghisu.ui.Columns;
import vn.nghisu.ui.ErrorDialog;
import vn.nghisu.ui.UiContext;

/** Khó khăn - vướng mắc: the issue register across all meetings. */
public final class IssuesView extends VBox {
    private final ObservableList<IssueRow> rows = FXCollections.observableArrayList();

    public IssuesView(UiContext ctx) {
        setSpacing(12);
        setPadding(new Insets(16));
        var m = ctx.messages();
        Label title = new Label(m.get("issues.title"));
        title.getStyleClass().add("title-2");
        TableView<IssueRow> table = new TableView<>(rows);
        table.setId("issues-table");
        table.getColumns().add(Columns.text(m.get("issues.col.title"), 380, IssueRow::title));
        table.getColumns().add(Columns.text(m.get("issues.col.category"), 180, IssueRow::categoryName));
        table.getColumns().add(Columns.text(m.get("issues.col.raisedBy"), 200, IssueRow::raisedByName));
        table.getColumns().add(Columns.text(m.get("issues.col.status"), 140, r -> m.label("issue.status", r.status())));
        table.getColumns().add(Columns.text(m.get("issues.col.escalatedTo"), 200, IssueRow::escalatedToName));
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(title, table);
        ctx.tasks().run(ctx.followUp()::issues, rows::setAll, e -> ErrorDialog.show(m, e));
    }
}
