package vn.nghisu.ui.followup;

import java.util.Arrays;
import java.util.Set;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.layout.FlowPane;
import javafx.util.StringConverter;
import vn.nghisu.domain.ActionFilter;
import vn.nghisu.domain.ActionStatus;
import vn.nghisu.domain.Person;
import vn.nghisu.ui.Messages;
import vn.nghisu.ui.common.Fields;

/** The filter controls above the action-item list; any change replaces the view model's filter. */
final class ActionFilterBar extends FlowPane {
    private final ActionItemsViewModel model;
    private final ComboBox<ActionStatus> status = new ComboBox<>();
    private final ComboBox<OwnerChoice> owner = new ComboBox<>();
    private final ComboBox<Person> lead = new ComboBox<>();
    private final DatePicker from;
    private final DatePicker to;
    private final CheckBox overdue;
    private final CheckBox dueSoon;
    private final Spinner<Integer> dueDays = new Spinner<>(0, 365, 7);
    private boolean updating;

    ActionFilterBar(ActionItemsViewModel model, Messages m) {
        super(8, 8);
        this.model = model;
        from = Fields.date("actions-filter-from", m.get("filter.from"));
        to = Fields.date("actions-filter-to", m.get("filter.to"));
        status.getItems().add(null);
        status.getItems().addAll(Arrays.asList(ActionStatus.values()));
        status.setConverter(Fields.shownAs(s -> s == null ? m.get("filter.any.status") : m.label("action.status", s)));
        status.setButtonCell(cell(status.getConverter()));
        owner.setItems(model.owners());
        owner.setPromptText(m.get("filter.owner"));
        lead.setItems(model.leads());
        lead.setPromptText(m.get("filter.lead"));
        lead.setConverter(Fields.shownAs(p -> p == null ? "" : p.fullName()));
        from.setPromptText(m.get("filter.from"));
        to.setPromptText(m.get("filter.to"));
        overdue = new CheckBox(m.get("filter.overdue"));
        dueSoon = new CheckBox(m.get("filter.dueWithin"));
        dueDays.setPrefWidth(80);
        dueDays.setEditable(true);
        Button clear = new Button(m.get("filter.clear"));
        clear.setOnAction(e -> model.filterProperty().set(ActionFilter.all()));
        ident(status, "actions-filter-status", m.get("filter.status"));
        ident(owner, "actions-filter-owner", m.get("filter.owner"));
        ident(lead, "actions-filter-lead", m.get("filter.lead"));
        ident(from, "actions-filter-from", m.get("filter.from"));
        ident(to, "actions-filter-to", m.get("filter.to"));
        ident(overdue, "actions-filter-overdue", m.get("filter.overdue"));
        ident(dueSoon, "actions-filter-due", m.get("filter.dueWithin"));
        ident(dueDays, "actions-filter-due-days", m.get("filter.dueDays"));
        ident(clear, "actions-filter-clear", m.get("filter.clear"));
        getChildren().addAll(status, owner, lead, from, to, overdue, dueSoon, dueDays, clear);
        status.valueProperty().addListener((o, a, b) -> apply());
        owner.valueProperty().addListener((o, a, b) -> apply());
        lead.valueProperty().addListener((o, a, b) -> apply());
        from.valueProperty().addListener((o, a, b) -> apply());
        to.valueProperty().addListener((o, a, b) -> apply());
        overdue.selectedProperty().addListener((o, a, b) -> apply());
        dueSoon.selectedProperty().addListener((o, a, b) -> apply());
        dueDays.valueProperty().addListener((o, a, b) -> apply());
        model.filterProperty().addListener((o, a, f) -> show(f));
    }

    /** Builds the filter from the controls, keeping what they cannot show (meeting, one item, plan). */
    private void apply() {
        if (updating) {
            return;
        }
        ActionFilter base = model.filterProperty().get();
        if (from.getValue() != null && to.getValue() != null && to.getValue().isBefore(from.getValue())) {
            return;
        }
        model.filterProperty().set(base
                .withStatuses(status.getValue() == null ? Set.of() : Set.of(status.getValue()))
                .withOwners(owner.getValue() == null ? Set.of() : Set.of(owner.getValue().id()))
                .withLead(lead.getValue() == null ? null : lead.getValue().id())
                .withDeadline(from.getValue(), to.getValue())
                .withOverdueOnly(overdue.isSelected())
                .withDueWithin(dueSoon.isSelected() ? dueDays.getValue() : null));
    }

    /** Shows a filter set from elsewhere (dashboard, saved filter) without feeding it back. */
    private void show(ActionFilter f) {
        updating = true;
        try {
            status.setValue(f.statuses().size() == 1 ? f.statuses().iterator().next() : null);
            owner.setValue(f.ownerIds().size() == 1 ? model.owners().stream()
                    .filter(o -> f.ownerIds().contains(o.id())).findFirst().orElse(null) : null);
            lead.setValue(model.leads().stream().filter(p -> p.id().equals(f.leadPersonId())).findFirst().orElse(null));
            from.setValue(f.deadlineFrom());
            to.setValue(f.deadlineTo());
            overdue.setSelected(f.overdueOnly());
            dueSoon.setSelected(f.dueWithinDays() != null);
            if (f.dueWithinDays() != null) {
                dueDays.getValueFactory().setValue(f.dueWithinDays());
            }
        } finally {
            updating = false;
        }
    }

    private static void ident(Control c, String id, String text) {
        c.setId(id);
        c.setAccessibleText(text);
    }

    static <T> ListCell<T> cell(StringConverter<T> converter) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : converter.toString(item));
            }
        };
    }
}
