package vn.nghisu.ui.followup;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.nghisu.domain.ActionFilter;
import vn.nghisu.domain.ActionItemRow;
import vn.nghisu.domain.ActionStatus;
import vn.nghisu.domain.Person;
import vn.nghisu.service.Services;
import vn.nghisu.service.followup.ActionItemService;
import vn.nghisu.service.followup.SavedFilters;
import vn.nghisu.service.followup.export.FollowUpTables;
import vn.nghisu.service.followup.export.TableExport;
import vn.nghisu.ui.task.BackgroundTasks;

/** State of the action-item list: the filter, its rows, the choices of the filter bar, saved filters. */
public final class ActionItemsViewModel {
    /** More rows than a person reads; the filter narrows the list. */
    static final int MAX_ROWS = 5000;
    private final int maxRows;
    private final Services services;
    private final ActionItemService actions;
    private final SavedFilters saved;
    private final BackgroundTasks tasks;
    private final Consumer<Throwable> onError;
    private final ObjectProperty<ActionFilter> filter = new SimpleObjectProperty<>(ActionFilter.all());
    private final ObservableList<ActionItemRow> rows = FXCollections.observableArrayList();
    private final ObservableList<OwnerChoice> owners = FXCollections.observableArrayList();
    private final ObservableList<Person> leads = FXCollections.observableArrayList();
    private final ObservableList<String> savedNames = FXCollections.observableArrayList();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    /** More items match than the list shows: the count says so, and the export still writes them all. */
    private final BooleanProperty truncated = new SimpleBooleanProperty();
    private LocalDate today = LocalDate.now();

    public ActionItemsViewModel(Services services, SavedFilters saved, BackgroundTasks tasks,
                                Consumer<Throwable> onError) {
        this(services, saved, tasks, onError, MAX_ROWS);
    }

    ActionItemsViewModel(Services services, SavedFilters saved, BackgroundTasks tasks, Consumer<Throwable> onError,
                         int maxRows) {
        this.maxRows = maxRows;
        this.services = services;
        this.actions = services.followUps().actions();
        this.saved = saved;
        this.tasks = tasks;
        this.onError = onError;
        filter.addListener((obs, old, now) -> refresh());
    }

    public void loadChoices() {
        tasks.run(() -> {
            List<OwnerChoice> list = new ArrayList<>();
            services.directory().units().forEach(u -> list.add(new OwnerChoice(u.id(), u.name(), false)));
            services.directory().subCommittees().forEach(s -> list.add(new OwnerChoice(s.id(), s.name(), true)));
            return Map.entry(list, services.directory().persons());
        }, choices -> {
            owners.setAll(choices.getKey());
            leads.setAll(choices.getValue());
        }, onError);
        savedNames.setAll(saved.all().keySet());
    }

    public void refresh() {
        ActionFilter f = filter.get().limitedTo(maxRows + 1);
        loading.set(true);
        tasks.run(() -> Map.entry(actions.today(), actions.list(f)), result -> {
            today = result.getKey();
            List<ActionItemRow> found = result.getValue();
            truncated.set(found.size() > maxRows);
            rows.setAll(found.size() > maxRows ? found.subList(0, maxRows) : found);
            loading.set(false);
        }, this::fail);
    }

    public void setStatus(Collection<ActionItemRow> selected, ActionStatus status) {
        List<java.util.UUID> ids = selected.stream().map(ActionItemRow::id).toList();
        tasks.run(() -> actions.setStatus(ids, status), n -> refresh(), this::fail);
    }

    public void addProgress(ActionItemRow row, LocalDate date, String note, Integer percent) {
        tasks.run(() -> actions.addProgress(row.id(), date, note, percent), p -> refresh(), this::fail);
    }

    public BooleanProperty truncatedProperty() {
        return truncated;
    }

    /** Every item the filter finds, also those beyond the list's row limit. */
    public void export(Path out, Runnable done) {
        ActionFilter f = filter.get();
        tasks.run(() -> {
            TableExport.xlsx("Nhiệm vụ", FollowUpTables.ACTION_HEADERS,
                    FollowUpTables.actionRows(actions.list(f), actions.today()), out);
            return out;
        }, p -> done.run(), this::fail);
    }

    public void saveFilter(String name) {
        ActionFilter f = filter.get();
        tasks.run(() -> {
            saved.save(name, f);
            return saved.all().keySet();
        }, savedNames::setAll, onError);
    }

    public void applySaved(String name) {
        ActionFilter f = saved.all().get(name);
        if (f != null) {
            filter.set(f);
        }
    }

    private void fail(Throwable e) {
        loading.set(false);
        onError.accept(e);
    }

    public LocalDate today() {
        return today;
    }

    public ObjectProperty<ActionFilter> filterProperty() {
        return filter;
    }

    public ObservableList<ActionItemRow> rows() {
        return rows;
    }

    public ObservableList<OwnerChoice> owners() {
        return owners;
    }

    public ObservableList<Person> leads() {
        return leads;
    }

    public ObservableList<String> savedNames() {
        return savedNames;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }
}
