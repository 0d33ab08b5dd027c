package vn.nghisu.ui.followup;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.nghisu.domain.GroupCount;
import vn.nghisu.domain.Issue;
import vn.nghisu.domain.IssueFilter;
import vn.nghisu.domain.IssueGroupBy;
import vn.nghisu.domain.IssueRow;
import vn.nghisu.domain.ListItem;
import vn.nghisu.domain.ListKind;
import vn.nghisu.domain.Unit;
import vn.nghisu.service.Services;
import vn.nghisu.service.followup.IssueService;
import vn.nghisu.service.followup.export.FollowUpTables;
import vn.nghisu.service.followup.export.TableExport;
import vn.nghisu.ui.task.BackgroundTasks;

/** State of the issue register: filter, rows, group counts, the choices for filters and edits. */
public final class IssuesViewModel {
    private final Services services;
    private final IssueService issues;
    private final BackgroundTasks tasks;
    private final Consumer<Throwable> onError;
    private final ObjectProperty<IssueFilter> filter = new SimpleObjectProperty<>(IssueFilter.all());
    private final ObjectProperty<IssueGroupBy> groupBy = new SimpleObjectProperty<>(IssueGroupBy.CATEGORY);
    private final ObservableList<IssueRow> rows = FXCollections.observableArrayList();
    private final ObservableList<GroupCount> groups = FXCollections.observableArrayList();
    private final ObservableList<ListItem> categories = FXCollections.observableArrayList();
    private final ObservableList<ListItem> bodies = FXCollections.observableArrayList();
    private final ObservableList<Unit> units = FXCollections.observableArrayList();

    public IssuesViewModel(Services services, BackgroundTasks tasks, Consumer<Throwable> onError) {
        this.services = services;
        this.issues = services.followUps().issues();
        this.tasks = tasks;
        this.onError = onError;
        filter.addListener((o, a, b) -> refresh());
        groupBy.addListener((o, a, b) -> refresh());
    }

    public void loadChoices() {
        tasks.run(() -> List.of(services.directory().list(ListKind.ISSUE_CATEGORY),
                services.directory().list(ListKind.ESCALATION_BODY)), lists -> {
                    categories.setAll(lists.get(0));
                    bodies.setAll(lists.get(1));
                }, onError);
        tasks.run(services.directory()::units, units::setAll, onError);
    }

    public void refresh() {
        IssueFilter f = filter.get();
        IssueGroupBy by = groupBy.get();
        tasks.run(() -> java.util.Map.entry(issues.list(f), issues.groups(f, by)), r -> {
            rows.setAll(r.getKey());
            groups.setAll(r.getValue());
        }, onError);
    }

    /** Loads one issue whole with the number of items linked to it, for the edit panel. */
    public void load(UUID id, Consumer<java.util.Map.Entry<Issue, Integer>> show) {
        tasks.run(() -> java.util.Map.entry(issues.find(id).orElseThrow(), issues.linkedActions(id).size()), show,
                onError);
    }

    public void save(Issue issue) {
        tasks.run(() -> {
            issues.save(issue);
            return issue;
        }, i -> refresh(), onError);
    }

    public void export(Path out) {
        List<IssueRow> snapshot = List.copyOf(rows);
        tasks.run(() -> {
            TableExport.xlsx("Khó khăn - vướng mắc", FollowUpTables.ISSUE_HEADERS, FollowUpTables.issueRows(snapshot),
                    out);
            return out;
        }, p -> { }, onError);
    }

    public ObjectProperty<IssueFilter> filterProperty() {
        return filter;
    }

    public ObjectProperty<IssueGroupBy> groupByProperty() {
        return groupBy;
    }

    public ObservableList<IssueRow> rows() {
        return rows;
    }

    public ObservableList<GroupCount> groups() {
        return groups;
    }

    public ObservableList<ListItem> categories() {
        return categories;
    }

    public ObservableList<ListItem> bodies() {
        return bodies;
    }

    public ObservableList<Unit> units() {
        return units;
    }
}
