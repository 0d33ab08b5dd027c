package vn.nghisu.ui.meeting;

import java.util.List;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import vn.nghisu.ui.DialogButtons;
import vn.nghisu.ui.Columns;
import vn.nghisu.ui.Messages;
import vn.nghisu.ui.common.EntityPicker;

/** The meeting editor: seven sections on the left, one in the centre, save state and undo always in view. */
public final class MeetingEditorView extends BorderPane {
    static final String[] SECTIONS = {"general", "attendance", "agenda", "statements", "issues", "directives", "closing"};
    private final MeetingEditorViewModel vm;
    private final Messages m;
    private final ListView<String> nav = new ListView<>();
    private final StackPane content = new StackPane();
    private final HelpPanel help;
    private final GeneralSection general;
    private final AttendanceSection attendance;
    private final AgendaSection agenda;
    private final StatementsSection statements;
    private final IssuesSection issues;
    private final DirectivesSection directives;
    private final ClosingSection closing;
    private final Node[] views;
    private final Runnable onBack;

    public MeetingEditorView(MeetingEditorViewModel vm, Messages m, Runnable onBack) {
        this.vm = vm;
        this.m = m;
        this.onBack = onBack;
        setId("meeting-editor");
        getStyleClass().add("meeting-editor");
        help = new HelpPanel(m);
        general = new GeneralSection(vm, m);
        attendance = new AttendanceSection(vm, m);
        agenda = new AgendaSection(vm, m);
        statements = new StatementsSection(vm, m);
        issues = new IssuesSection(vm, m);
        directives = new DirectivesSection(vm, m);
        closing = new ClosingSection(vm, m);
        views = new Node[] {scroll(general), attendance.section, agenda.section, statements.section, issues.section,
            scroll(directives), scroll(closing)};
        setTop(header(onBack));
        nav.setId("editor-sections");
        nav.getItems().setAll(java.util.Arrays.stream(SECTIONS).map(s -> m.get("editor.section." + s)).toList());
        nav.setPrefWidth(210);
        nav.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> {
            if (b.intValue() >= 0) {
                content.getChildren().setAll(views[b.intValue()]);
                // a ScrollPane puts its content into the scene only with its skin; without this the first
                // visit of a scrolled section could not focus its field and the cursor fell out of the editor
                content.applyCss();
                // the old section's field leaves the scene; keep the cursor inside the editor for its shortcuts
                Platform.runLater(() -> focusWhenShown(focusTargets()[b.intValue()]));
            }
        });
        content.setPadding(new Insets(12));
        content.getStyleClass().add("editor-content");
        setLeft(nav);
        setCenter(content);
        setRight(help);
        setBottom(undoBar());
        addEventFilter(KeyEvent.KEY_PRESSED, new EditorKeys(this)::handle);
        nav.getSelectionModel().select(0);
        vm.loaded.addListener((o, a, b) -> {
            if (b) {
                Platform.runLater(() -> {
                    focusWhenShown(general.title);
                    general.title.selectAll();
                });
            }
        });
    }

    /**
     * Focuses the field now if it is in the window, else as soon as it is: a field inside a ScrollPane whose skin is
     * not made yet (the editor just put in) would ignore the request, and the window would then hand the focus to its
     * first control, the sidebar, out of the editor's reach.
     */
    static void focusWhenShown(Node field) {
        if (field.getScene() != null) {
            field.requestFocus();
            return;
        }
        field.sceneProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends javafx.scene.Scene> o,
                                javafx.scene.Scene was, javafx.scene.Scene now) {
                if (now != null) {
                    field.sceneProperty().removeListener(this);
                    Platform.runLater(field::requestFocus);
                }
            }
        });
    }

    private Node[] focusTargets() {
        return new Node[] {general.title, attendance.section.list, agenda.section.list, statements.section.list,
            issues.section.list, directives.directives.list, closing.end};
    }

    private static ScrollPane scroll(Node n) {
        ScrollPane s = new ScrollPane(n);
        s.setFitToWidth(true);
        return s;
    }

    private Node header(Runnable onBack) {
        Button back = AttendanceSection.button("editor-back", m.get("editor.back"));
        back.setOnAction(e -> onBack.run());
        Label title = new Label();
        title.setId("editor-heading");
        title.getStyleClass().add("title-3");
        title.textProperty().bind(vm.general.title);
        title.setMinWidth(0);
        title.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(title, Priority.ALWAYS);
        Button previous = AttendanceSection.button("start-from-previous", m.get("editor.previous"));
        previous.setOnAction(e -> chooseWhereFrom());
        Button helpButton = AttendanceSection.button("editor-help", m.get("editor.help.button"));
        helpButton.setOnAction(e -> toggleHelp());
        HBox header = new HBox(12, back, title, new SaveStateLabel(vm.autosaver(), m), previous, helpButton);
        header.getStyleClass().add("editor-header");
        header.setPadding(new Insets(8, 12, 8, 12));
        header.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return header;
    }

    private Node undoBar() {
        Label what = new Label();
        what.setId("undo-message");
        Button undo = AttendanceSection.button("undo-delete", m.get("editor.undo"));
        undo.setOnAction(e -> vm.undoLastDelete());
        HBox bar = new HBox(12, what, undo);
        bar.setId("undo-bar");
        bar.getStyleClass().add("undo-bar");
        bar.setPadding(new Insets(6, 12, 6, 12));
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        bar.visibleProperty().bind(vm.undo.isNotNull());
        bar.managedProperty().bind(bar.visibleProperty());
        PauseTransition expire = new PauseTransition(Duration.seconds(8));
        vm.undo.addListener((o, a, b) -> {
            if (b != null) {
                what.setText(m.format("editor.deleted", b.what()));
                expire.setOnFinished(e -> {
                    if (vm.undo.get() == b) {
                        vm.undo.set(null);
                    }
                });
                expire.playFromStart();
            }
        });
        return bar;
    }

    void chooseWhereFrom() {
        vm.previousMeetings(list -> {
            if (list.isEmpty()) {
                return;
            }
            List<String> labels = list.stream().map(s -> Columns.date(s.date()) + " — " + s.title()).toList();
            ChoiceDialog<String> dialog = DialogButtons.choice(m, labels.get(0), labels);
            dialog.setTitle(m.get("editor.previous"));
            dialog.setHeaderText(m.get("editor.previous.explain"));
            dialog.getDialogPane().setId("previous-dialog");
            dialog.showAndWait().ifPresent(label -> vm.startFrom(list.get(labels.indexOf(label)).id()));
        });
    }

    void toggleHelp() {
        help.setVisible(!help.isVisible());
    }

    boolean helpShown() {
        return help.isVisible();
    }

    void showSection(int index) {
        if (index == section()) {
            // Alt+N on the section shown goes back to its list, e.g. from the form to the next row
            focusTargets()[index].requestFocus();
        } else if (index >= 0 && index < SECTIONS.length) {
            nav.getSelectionModel().select(index);
        }
    }

    int section() {
        return nav.getSelectionModel().getSelectedIndex();
    }

    /** Commits a picker the cursor is in, so a name typed but not yet confirmed is not lost. */
    void commitFocusedPicker() {
        if (getScene() != null && getScene().getFocusOwner() instanceof EntityPicker<?> p) {
            p.commit();
        }
    }

    /** Ctrl+Enter: a new row in the section shown. */
    void addInSection() {
        commitFocusedPicker();
        List<Runnable> adders = List.of(() -> { }, attendance.section::add, agenda.section::add,
                statements.section::add, issues.section::add, directives.directives::add, () -> { });
        adders.get(section()).run();
    }

    void addAction() {
        commitFocusedPicker();
        showSection(5);
        directives.actions.add();
    }

    void quickIssue() {
        commitFocusedPicker();
        showSection(4);
        issues.section.add();
    }

    void toggleTimer() {
        AgendaRow row = agenda.section.current() != null ? agenda.section.current() : vm.currentAgenda.get();
        if (row != null) {
            vm.toggleTimer(row);
        }
    }

    /** Ctrl+G: one attendance row per unit of the working group, then the cursor on the list. */
    void takeGroupUnits() {
        commitFocusedPicker();
        showSection(1);
        vm.takeGroupUnits();
        attendance.section.list.requestFocus();
    }

    /** Ctrl+R: the review of earlier meetings' open action items, as the first agenda item. */
    void carryForward() {
        commitFocusedPicker();
        showSection(2);
        vm.carryForward.accept();
    }

    Autosaver autosaver() {
        return vm.autosaver();
    }

    void undo() {
        vm.undoLastDelete();
    }

    void back() {
        commitFocusedPicker();
        onBack.run();
    }
}
