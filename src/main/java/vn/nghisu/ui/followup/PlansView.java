package vn.nghisu.ui.followup;

import java.util.Arrays;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.nghisu.domain.ActionItemRow;
import vn.nghisu.domain.ActionPlan;
import vn.nghisu.domain.PlanStatus;
import vn.nghisu.service.followup.report.ReportExporter;
import vn.nghisu.ui.Columns;
import vn.nghisu.ui.DialogButtons;
import vn.nghisu.ui.Messages;
import vn.nghisu.ui.common.Fields;

/** Kế hoạch hoạt động: plans per sub-committee or unit, with their items (existing or new). */
public final class PlansView extends VBox {
    private final PlansViewModel model;
    private final Messages m;
    private final TextField title = new TextField();
    private final ComboBox<OwnerChoice> owner = new ComboBox<>();
    private final DatePicker from;
    private final DatePicker to;
    private final ComboBox<PlanStatus> status = new ComboBox<>();

    public PlansView(PlansViewModel model, Messages m) {
        this.model = model;
        this.m = m;
        from = Fields.date("plan-from", m.get("plans.from"));
        to = Fields.date("plan-to", m.get("plans.to"));
        setSpacing(10);
        setPadding(new Insets(16));
        Label heading = new Label(m.get("plans.title"));
        heading.getStyleClass().add("title-2");
        ListView<ActionPlan> plans = new ListView<>(model.plans());
        plans.setId("plans-list");
        plans.setPlaceholder(new Label(m.get("plans.none")));
        plans.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(ActionPlan p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : p.title() + " (" + m.label("plan.status", p.status()) + ")");
            }
        });
        plans.getSelectionModel().selectedItemProperty().addListener((o, a, p) -> {
            model.selectedProperty().set(p);
            showPlan(p);
        });
        // a saved plan comes back in a fresh list, which drops the selection: select it again so its owner shows
        model.selectedProperty().addListener((o, a, p) -> {
            if (p != null && !isShown(plans, p)) {
                model.plans().stream().filter(x -> x.id().equals(p.id())).findFirst()
                        .ifPresent(plans.getSelectionModel()::select);
            }
        });
        SplitPane split = new SplitPane(plans, planPane());
        split.setDividerPositions(0.3);
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().addAll(heading, split);
        model.refresh();
    }

    private VBox planPane() {
        title.setId("plan-title");
        title.setPromptText(m.get("plans.col.title"));
        title.setPrefColumnCount(30);
        owner.setItems(model.owners());
        owner.setId("plan-owner");
        owner.setPromptText(m.get("plans.owner"));
        status.getItems().addAll(Arrays.asList(PlanStatus.values()));
        status.setConverter(Fields.shownAs(s -> s == null ? "" : m.label("plan.status", s)));
        status.setButtonCell(ActionFilterBar.cell(status.getConverter()));
        status.setValue(PlanStatus.DRAFT);
        status.setId("plan-status");
        Button save = new Button(m.get("plans.save"));
        save.setId("plan-save");
        save.setOnAction(e -> save(false));
        Button create = new Button(m.get("plans.new"));
        create.setId("plan-new");
        create.setOnAction(e -> save(true));
        FlowPane form = new FlowPane(8, 8, title, owner, labelled(m.get("plans.from"), from),
                labelled(m.get("plans.to"), to), status, save, create);
        form.getChildren().forEach(n -> n.setAccessibleText(n.getId()));
        TableView<ActionItemRow> items = new TableView<>(model.items());
        items.setId("plan-items");
        items.setPlaceholder(new Label(m.get("plans.items.none")));
        items.getColumns().add(Columns.text(m.get("actions.col.title"), 360, ActionItemRow::title));
        items.getColumns().add(Columns.text(m.get("actions.col.owner"), 200, ActionItemRow::ownerName));
        items.getColumns().add(Columns.text(m.get("actions.col.deadline"), 100, r -> Columns.date(r.deadline())));
        items.getColumns().add(Columns.text(m.get("actions.col.status"), 140, r -> m.label("action.status", r.status())));
        VBox.setVgrow(items, Priority.ALWAYS);
        TextField newItem = new TextField();
        newItem.setId("plan-item-title");
        newItem.setPromptText(m.get("plans.item.new"));
        DatePicker deadline = Fields.date("plan-item-deadline", m.get("plans.item.deadline"));
        Button add = new Button(m.get("plans.item.add"));
        add.setId("plan-item-add");
        add.disableProperty().bind(model.selectedProperty().isNull().or(newItem.textProperty().isEmpty()));
        add.setOnAction(e -> {
            model.addNew(newItem.getText(), deadline.getValue());
            newItem.clear();
        });
        Button existing = new Button(m.get("plans.item.existing"));
        existing.setId("plan-item-existing");
        existing.disableProperty().bind(model.selectedProperty().isNull());
        existing.setOnAction(e -> model.candidates(this::pick));
        Button pdf = new Button(m.get("plans.export.pdf"));
        pdf.setId("plan-export-pdf");
        pdf.disableProperty().bind(model.selectedProperty().isNull());
        pdf.setOnAction(e -> export(ReportExporter.Format.PDF));
        Button docx = new Button(m.get("plans.export.docx"));
        docx.setId("plan-export-docx");
        docx.disableProperty().bind(model.selectedProperty().isNull());
        docx.setOnAction(e -> export(ReportExporter.Format.DOCX));
        // a flow, not a row: at 1366 wide the buttons wrap to a second line instead of shrinking to "Thê…"
        FlowPane adder = new FlowPane(8, 8, newItem, labelled(m.get("plans.item.deadline"), deadline), add, existing,
                pdf, docx);
        adder.setAlignment(Pos.CENTER_LEFT);
        for (Button b : new Button[] {save, create, add, existing, pdf, docx}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        return new VBox(10, form, items, adder);
    }

    private static boolean isShown(ListView<ActionPlan> plans, ActionPlan p) {
        ActionPlan shown = plans.getSelectionModel().getSelectedItem();
        return shown != null && shown.id().equals(p.id());
    }

    /** "Từ ngày [picker]" kept together on one line of the flow. */
    private static HBox labelled(String text, DatePicker picker) {
        Label label = new Label(text);
        label.setLabelFor(picker);
        label.setMinWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(6, label, picker);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private void showPlan(ActionPlan p) {
        title.setText(p == null ? "" : p.title());
        owner.setValue(p == null ? null : model.owners().stream().filter(o -> o.id().equals(p.subCommitteeId())
                || o.id().equals(p.ownerUnitId())).findFirst().orElse(null));
        from.setValue(p == null ? null : p.periodFrom());
        to.setValue(p == null ? null : p.periodTo());
        status.setValue(p == null ? PlanStatus.DRAFT : p.status());
    }

    private void save(boolean asNew) {
        ActionPlan current = model.selectedProperty().get();
        OwnerChoice o = owner.getValue();
        try {
            model.save(new ActionPlan(asNew || current == null ? null : current.id(), title.getText(),
                    o != null && o.subCommittee() ? o.id() : null, o != null && !o.subCommittee() ? o.id() : null,
                    from.getValue(), to.getValue(), status.getValue()));
        } catch (vn.nghisu.domain.ValidationException ex) {
            vn.nghisu.ui.ErrorDialog.show(m, ex);
        }
    }

    private void export(ReportExporter.Format format) {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setInitialFileName("ke-hoach." + format.name().toLowerCase(java.util.Locale.ROOT));
        java.io.File file = chooser.showSaveDialog(getScene().getWindow());
        if (file != null) {
            model.export(owner.getValue() == null ? null : owner.getValue().name(), format, file.toPath());
        }
    }

    private void pick(java.util.List<ActionItemRow> candidates) {
        ListView<ActionItemRow> list = new ListView<>(javafx.collections.FXCollections.observableArrayList(candidates));
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setPlaceholder(new Label(m.get("plans.item.none.open")));
        list.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(ActionItemRow r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : r.title() + " — " + Columns.date(r.deadline()));
            }
        });
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(m.get("plans.item.existing"));
        dialog.getDialogPane().setContent(list);
        DialogButtons.okCancel(dialog, m);
        dialog.showAndWait().filter(DialogButtons::isOk)
                .ifPresent(b -> model.addExisting(list.getSelectionModel().getSelectedItems()));
    }
}
