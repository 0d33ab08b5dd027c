package vn.nghisu.ui.followup;

import java.io.File;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import vn.nghisu.domain.GroupCount;
import vn.nghisu.domain.IssueFilter;
import vn.nghisu.domain.IssueGroupBy;
import vn.nghisu.domain.IssueRow;
import vn.nghisu.domain.IssueStatus;
import vn.nghisu.domain.ListItem;
import vn.nghisu.domain.Unit;
import vn.nghisu.ui.Columns;
import vn.nghisu.ui.Messages;
import vn.nghisu.ui.common.Fields;

/** Khó khăn - vướng mắc: the issue register, filtered and grouped by category, unit or status, and edited. */
public final class IssuesView extends VBox {
    private final IssuesViewModel model;
    private final Messages m;
    private final TableView<IssueRow> table;
    private final ComboBox<IssueStatus> status = new ComboBox<>();
    private final ComboBox<ListItem> category = new ComboBox<>();
    private final ComboBox<Unit> unit = new ComboBox<>();
    private final Runnable reportAction;

    public IssuesView(IssuesViewModel model, Messages m, FollowUpNavigator nav, Runnable reportAction) {
        this.model = model;
        this.m = m;
        this.reportAction = reportAction;
        setSpacing(10);
        setPadding(new Insets(16));
        table = new TableView<>(model.rows());
        IssueEditor editor = new IssueEditor(model, m);
        SplitPane split = new SplitPane(groupList(), table(), editor);
        split.setDividerPositions(0.2, 0.72);
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().addAll(header(), filters(), split);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (editor.leave(row)) {
                editor.show(row);
            } else {
                // the edits break a rule: the issue stays selected with them, and the message says what to fix
                javafx.application.Platform.runLater(() -> table.getSelectionModel().select(a));
            }
        });
        model.loadChoices();
        ActionFilterRequests.follow(nav.issueRequest(), model.filterProperty());
        parentProperty().addListener((o, old, parent) -> {
            if (parent != null && old == null) {
                model.refresh();
            }
        });
        if (nav.issueRequest().get() == null) {
            model.refresh();
        }
        model.rows().addListener((javafx.collections.ListChangeListener<IssueRow>) c -> {
            if (model.filterProperty().get().issueId() != null && model.rows().size() == 1) {
                table.getSelectionModel().select(0);
            }
        });
    }

    private HBox header() {
        Label title = new Label(m.get("issues.title"));
        title.getStyleClass().add("title-2");
        Label count = new Label();
        count.setId("issues-count");
        count.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> m.format("issues.count", model.rows().size()), model.rows()));
        Button export = new Button(m.get("export.xlsx"));
        export.setId("issues-export");
        export.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setInitialFileName("kho-khan-vuong-mac.xlsx");
            File file = chooser.showSaveDialog(getScene().getWindow());
            if (file != null) {
                model.export(file.toPath());
            }
        });
        Button report = new Button(m.get("report.title"));
        report.setId("issues-report");
        report.setOnAction(e -> reportAction.run());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox box = new HBox(12, title, count, grow, report, export);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private FlowPane filters() {
        status.getItems().add(null);
        status.getItems().addAll(Arrays.asList(IssueStatus.values()));
        status.setConverter(Fields.shownAs(s -> s == null ? m.get("filter.any.status")
                : m.label("issue.status", s)));
        status.setButtonCell(ActionFilterBar.cell(status.getConverter()));
        status.setId("issues-filter-status");
        category.setItems(model.categories());
        category.setPromptText(m.get("issues.col.category"));
        category.setConverter(Fields.shownAs(c -> c == null ? "" : c.name()));
        category.setId("issues-filter-category");
        unit.setItems(model.units());
        unit.setPromptText(m.get("issues.col.raisedBy"));
        unit.setConverter(Fields.shownAs(u -> u == null ? "" : u.name()));
        unit.setId("issues-filter-unit");
        Button clear = new Button(m.get("filter.clear"));
        clear.setId("issues-filter-clear");
        clear.setOnAction(e -> {
            status.setValue(null);
            category.setValue(null);
            unit.setValue(null);
            model.filterProperty().set(IssueFilter.all());
        });
        status.valueProperty().addListener((o, a, b) -> apply());
        category.valueProperty().addListener((o, a, b) -> apply());
        unit.valueProperty().addListener((o, a, b) -> apply());
        ComboBox<IssueGroupBy> groupBy = new ComboBox<>();
        groupBy.getItems().addAll(IssueGroupBy.values());
        groupBy.setConverter(Fields.shownAs(g -> g == null ? "" : m.label("issues.groupBy", g)));
        groupBy.setButtonCell(ActionFilterBar.cell(groupBy.getConverter()));
        groupBy.setValue(model.groupByProperty().get());
        groupBy.setId("issues-group-by");
        model.groupByProperty().bind(groupBy.valueProperty());
        List.of(status, category, unit, clear, groupBy).forEach(n -> n.setAccessibleText(n.getId()));
        clear.setMinWidth(Region.USE_PREF_SIZE);
        Label groupLabel = new Label(m.get("issues.groupBy"));
        groupLabel.setLabelFor(groupBy);
        groupLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox grouping = new HBox(8, groupLabel, groupBy);
        grouping.setAlignment(Pos.CENTER_LEFT);
        // a flow, not a row: at 1366 wide the grouping goes to a second line instead of shrinking to "Nhóm …"
        FlowPane box = new FlowPane(8, 8, status, category, unit, clear, grouping);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private void apply() {
        model.filterProperty().set(IssueFilter.all()
                .withStatuses(status.getValue() == null ? Set.of() : Set.of(status.getValue()))
                .withCategory(category.getValue() == null ? null : category.getValue().id())
                .withUnit(unit.getValue() == null ? null : unit.getValue().id()));
    }

    private ListView<GroupCount> groupList() {
        ListView<GroupCount> groups = new ListView<>(model.groups());
        groups.setId("issues-groups");
        groups.setPlaceholder(new Label(m.get("issues.empty")));
        groups.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(GroupCount g, boolean empty) {
                super.updateItem(g, empty);
                setText(empty || g == null ? null : groupName(g) + " (" + g.count() + ")");
            }
        });
        groups.setOnMouseClicked(e -> {
            GroupCount g = groups.getSelectionModel().getSelectedItem();
            if (g != null && e.getClickCount() == 2) {
                switch (model.groupByProperty().get()) {
                    case STATUS -> status.setValue(IssueStatus.valueOf(g.name()));
                    case CATEGORY -> category.setValue(model.categories().stream()
                            .filter(c -> c.id().equals(g.id())).findFirst().orElse(null));
                    default -> unit.setValue(model.units().stream()
                            .filter(u -> u.id().equals(g.id())).findFirst().orElse(null));
                }
            }
        });
        return groups;
    }

    private String groupName(GroupCount g) {
        if (model.groupByProperty().get() == IssueGroupBy.STATUS) {
            return m.label("issue.status", IssueStatus.valueOf(g.name()));
        }
        return g.name() == null ? m.get("issues.group.none") : g.name();
    }

    private TableView<IssueRow> table() {
        table.setId("issues-table");
        table.setPlaceholder(new Label(m.get("issues.empty")));
        table.getColumns().add(Columns.text(m.get("issues.col.title"), 320, IssueRow::title));
        table.getColumns().add(Columns.text(m.get("issues.col.category"), 160, IssueRow::categoryName));
        table.getColumns().add(Columns.text(m.get("issues.col.raisedBy"), 180, IssueRow::raisedByName));
        table.getColumns().add(Columns.text(m.get("issues.col.status"), 130, r -> m.label("issue.status", r.status())));
        table.getColumns().add(Columns.text(m.get("issues.col.escalatedTo"), 180, IssueRow::escalatedToName));
        table.getColumns().add(Columns.text(m.get("issues.col.meeting"), 100, r -> Columns.date(r.meetingDate())));
        return table;
    }
}
