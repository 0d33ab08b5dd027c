package vn.nghisu.ui.followup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.nghisu.domain.ActionFilter;
import vn.nghisu.domain.ActionItem;
import vn.nghisu.domain.ActionItemRow;
import vn.nghisu.domain.ActionPlan;
import vn.nghisu.domain.ActionStatus;
import vn.nghisu.service.Services;
import vn.nghisu.service.followup.PlanService;
import vn.nghisu.service.followup.report.ReportExporter;
import vn.nghisu.ui.task.BackgroundTasks;

/** State of the plans screen: the plans, the selected plan's items, the owners a plan can have. */
public final class PlansViewModel {
    private final Services services;
    private final PlanService plans;
    private final BackgroundTasks tasks;
    private final Consumer<Throwable> onError;
    private final ObservableList<ActionPlan> planList = FXCollections.observableArrayList();
    private final ObservableList<ActionItemRow> items = FXCollections.observableArrayList();
    private final ObservableList<OwnerChoice> subCommittees = FXCollections.observableArrayList();
    private final ObjectProperty<ActionPlan> selected = new SimpleObjectProperty<>();

    public PlansViewModel(Services services, BackgroundTasks tasks, Consumer<Throwable> onError) {
        this.services = services;
        this.plans = services.followUps().plans();
        this.tasks = tasks;
        this.onError = onError;
        selected.addListener((o, a, plan) -> loadItems());
    }

    public void refresh() {
        tasks.run(() -> {
            List<OwnerChoice> owners = new ArrayList<>();
            services.directory().subCommittees().forEach(s -> owners.add(new OwnerChoice(s.id(), s.name(), true)));
            services.directory().units().forEach(u -> owners.add(new OwnerChoice(u.id(), u.name(), false)));
            return java.util.Map.entry(plans.plans(), owners);
        }, r -> {
            planList.setAll(r.getKey());
            subCommittees.setAll(r.getValue());
        }, onError);
    }

    private void loadItems() {
        ActionPlan plan = selected.get();
        if (plan == null) {
            items.clear();
            return;
        }
        tasks.run(() -> plans.items(plan.id()), items::setAll, onError);
    }

    /** Saves a new or changed plan and selects it. */
    public void save(ActionPlan plan) {
        tasks.run(() -> {
            plans.save(plan);
            return plans.plans();
        }, list -> {
            planList.setAll(list);
            selected.set(plan);
        }, onError);
    }

    public void addNew(String title, LocalDate deadline) {
        ActionPlan plan = selected.get();
        tasks.run(() -> plans.addNew(plan, new ActionItem(null, title, null, null, null, null, null, null, null,
                deadline, ActionStatus.NOT_STARTED, items.size())), i -> loadItems(), onError);
    }

    /** Open items of the plan's owner that are in no plan yet, to pick from. */
    public void candidates(Consumer<List<ActionItemRow>> show) {
        ActionPlan plan = selected.get();
        UUID owner = plan.subCommitteeId() != null ? plan.subCommitteeId() : plan.ownerUnitId();
        ActionFilter f = ActionFilter.open().limitedTo(500);
        if (owner != null) {
            f = f.withOwners(Set.of(owner));
        }
        ActionFilter filter = f;
        tasks.run(() -> services.followUps().actions().list(filter), show, onError);
    }

    public void addExisting(Collection<ActionItemRow> rows) {
        ActionPlan plan = selected.get();
        List<UUID> ids = rows.stream().map(ActionItemRow::id).toList();
        tasks.run(() -> plans.addExisting(plan.id(), ids), n -> loadItems(), onError);
    }

    /** Writes the selected plan with its items as PDF or DOCX, in the minutes' document style. */
    public void export(String ownerName, ReportExporter.Format format, java.nio.file.Path out) {
        ActionPlan plan = selected.get();
        List<ActionItemRow> snapshot = List.copyOf(items);
        tasks.run(() -> {
            ReportExporter.standard().plan(plan, ownerName, snapshot, services.followUps().actions().today(), format, out);
            return out;
        }, p -> { }, onError);
    }

    public ObservableList<ActionPlan> plans() {
        return planList;
    }

    public ObservableList<ActionItemRow> items() {
        return items;
    }

    public ObservableList<OwnerChoice> owners() {
        return subCommittees;
    }

    public ObjectProperty<ActionPlan> selectedProperty() {
        return selected;
    }
}
