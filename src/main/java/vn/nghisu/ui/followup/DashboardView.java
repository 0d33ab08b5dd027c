package vn.nghisu.ui.followup;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import javafx.geometry.Insets;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.nghisu.domain.ActionFilter;
import vn.nghisu.domain.ActionItemRow;
import vn.nghisu.domain.DashboardFigures;
import vn.nghisu.domain.GroupCount;
import vn.nghisu.service.followup.ActionItemService;
import vn.nghisu.ui.Columns;
import vn.nghisu.ui.ErrorDialog;
import vn.nghisu.ui.Messages;
import vn.nghisu.ui.UiContext;

/** Tổng quan: the chair's figures, charts by owner and sub-committee, the overdue list; every figure clicks through. */
public final class DashboardView extends ScrollPane {
    private static final int BARS = 10;
    private final Messages m;
    private final FollowUpNavigator nav;
    private final Button open = figure("dash-open");
    private final Button overdueCount = figure("dash-overdue");
    private final Button soon = figure("dash-soon");
    private final Button done = figure("dash-done");
    private final HBox figures = new HBox(12, open, overdueCount, soon, done);
    /** Bars lying down: owner names are long ("Ủy ban MTTQ Việt Nam huyện Na Hang") and read left to right. */
    private final NumberAxis countAxis = new NumberAxis();
    private final BarChart<Number, String> byOwner = new BarChart<>(countAxis, new CategoryAxis());
    private final PieChart bySubCommittee = new PieChart();
    private final TableView<ActionItemRow> overdue = new TableView<>();
    private java.time.LocalDate today = java.time.LocalDate.now();

    public DashboardView(UiContext ctx, FollowUpNavigator nav) {
        this.m = ctx.messages();
        this.nav = nav;
        createView();
        ActionItemService actions = ctx.services().followUps().actions();
        Runnable load = () -> ctx.tasks().run(actions::dashboard, this::show, e -> ErrorDialog.show(m, e));
        load.run();
        // Shown again after work elsewhere: the figures are reloaded, they are cheap aggregates.
        parentProperty().addListener((o, old, parent) -> {
            if (parent != null && old == null) {
                load.run();
            }
        });
    }

    private void createView() {
        Label title = new Label(m.get("dashboard.title"));
        title.getStyleClass().add("title-2");
        byOwner.setId("dash-by-owner");
        byOwner.setTitle(m.get("dashboard.byOwner"));
        byOwner.setLegendVisible(false);
        byOwner.setAnimated(false);
        byOwner.setPrefHeight(300);
        bySubCommittee.setId("dash-by-subcommittee");
        bySubCommittee.setTitle(m.get("dashboard.bySubCommittee"));
        bySubCommittee.setAnimated(false);
        bySubCommittee.setPrefHeight(300);
        HBox charts = new HBox(12, byOwner, bySubCommittee);
        HBox.setHgrow(byOwner, Priority.ALWAYS);
        overdue.setId("dash-overdue-table");
        overdue.setPrefHeight(280);
        overdue.setPlaceholder(new Label(m.get("dashboard.noOverdue")));
        overdue.getColumns().add(Columns.text(m.get("actions.col.title"), 420, ActionItemRow::title));
        overdue.getColumns().add(Columns.text(m.get("actions.col.owner"), 240, ActionItemRow::ownerName));
        overdue.getColumns().add(Columns.text(m.get("actions.col.deadline"), 100, r -> Columns.date(r.deadline())));
        overdue.setRowFactory(t -> {
            var row = new javafx.scene.control.TableRow<ActionItemRow>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && row.getItem() != null) {
                    nav.showActions(ActionFilter.all().withItem(row.getItem().id()));
                }
            });
            return row;
        });
        Label overdueTitle = new Label(m.get("dashboard.overdueList"));
        overdueTitle.getStyleClass().add("title-4");
        VBox box = new VBox(16, title, figures, charts, overdueTitle, overdue);
        box.setPadding(new Insets(16));
        setContent(box);
        setFitToWidth(true);
        setId("dashboard");
    }

    private void show(DashboardFigures d) {
        show(open, m.get("dashboard.open"), d.open(), ActionFilter.open());
        show(overdueCount, m.get("dashboard.overdue"), d.overdue(), ActionFilter.all().withOverdueOnly(true));
        show(soon, m.format("dashboard.dueSoon", ActionItemService.SOON_DAYS), d.dueSoon(),
                ActionFilter.all().withDueWithin(ActionItemService.SOON_DAYS));
        show(done, m.get("dashboard.doneThisMonth"), d.doneThisMonth(),
                ActionFilter.all().withCompletedFrom(d.today().withDayOfMonth(1)));
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        // the category axis runs bottom-up: the largest owner is added last to stand at the top
        List<GroupCount> owners = new java.util.ArrayList<>(d.byOwnerUnit().stream().limit(BARS).toList());
        java.util.Collections.reverse(owners);
        for (GroupCount g : owners) {
            XYChart.Data<Number, String> bar = new XYChart.Data<>(g.count(), g.name());
            bar.nodeProperty().addListener((obs, old, node) -> {
                if (node != null) {
                    node.setOnMouseClicked(e -> nav.showActions(ActionFilter.open().withOwners(Set.of(g.id()))));
                }
            });
            series.getData().add(bar);
        }
        byOwner.getData().setAll(List.of(series));
        wholeCounts(countAxis, owners.stream().mapToLong(GroupCount::count).max().orElse(0));
        bySubCommittee.getData().clear();
        for (GroupCount g : d.bySubCommittee()) {
            PieChart.Data slice = new PieChart.Data(g.name() + " (" + g.count() + ")", g.count());
            bySubCommittee.getData().add(slice);
            slice.getNode().setOnMouseClicked(e -> nav.showActions(ActionFilter.open().withOwners(Set.of(g.id()))));
        }
        if (overdue.getColumns().size() == 3) {
            overdue.getColumns().add(Columns.text(m.get("dashboard.daysLate"), 170,
                    r -> String.valueOf(ChronoUnit.DAYS.between(r.deadline(), today))));
        }
        today = d.today();
        overdue.getItems().setAll(d.overdueItems());
    }

    private static Button figure(String id) {
        Button b = new Button();
        b.setId(id);
        b.getStyleClass().add("dash-figure");
        return b;
    }

    private void show(Button b, String label, int value, ActionFilter filter) {
        b.setText(value + "\n" + label);
        b.setAccessibleText(label + ": " + value);
        b.setOnAction(e -> nav.showActions(filter));
    }

    /** Counts are whole: ticks at 1, 2, 5, 10, 20… apart (at most ten), never at 0.25. */
    static void wholeCounts(NumberAxis axis, long max) {
        long[] mantissa = {1, 2, 5};
        long decade = 1;
        long step = 1;
        for (int i = 0; max / step > 10; ) {
            i = (i + 1) % mantissa.length;
            decade = i == 0 ? decade * 10 : decade;
            step = mantissa[i] * decade;
        }
        axis.setAutoRanging(false);
        axis.setMinorTickVisible(false);
        axis.setLowerBound(0);
        axis.setTickUnit(step);
        axis.setUpperBound(Math.max(step, (max + step - 1) / step * step));
    }
}
