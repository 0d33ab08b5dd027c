package vn.nghisu.ui.directory;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import vn.nghisu.domain.ListKind;
import vn.nghisu.ui.ErrorDialog;
import vn.nghisu.ui.Messages;
import vn.nghisu.ui.UiContext;

/** Danh bạ: tabs for units, persons, working groups, sub-committees and the editable lists; Ctrl+Z undoes a delete. */
public final class DirectoryView extends VBox {
    private final DirectoryViewModel model;
    private final Messages messages;
    private final DirectoryNames names = new DirectoryNames();
    private TabPane tabs;
    private final PauseTransition noticeTimer = new PauseTransition(Duration.seconds(8));

    public DirectoryView(UiContext ctx) {
        this.messages = ctx.messages();
        this.model = new DirectoryViewModel(ctx.directory(), ctx.tasks(), messages, e -> ErrorDialog.show(messages, e));
        model.dataProperty().addListener((obs, old, data) -> names.update(data));
        createView(new DirectorySpecs(messages, ctx.directory(), names));
        // Reload each time the section is shown: meetings may have added units or persons meanwhile.
        parentProperty().addListener((obs, old, parent) -> {
            if (parent != null) {
                model.refresh();
                Platform.runLater(this::focusCurrentList);
            }
        });
    }

    private void createView(DirectorySpecs specs) {
        setSpacing(8);
        setPadding(new Insets(16));
        Label title = new Label(messages.get("directory.title"));
        title.getStyleClass().add("title-2");
        Label saveState = new Label();
        saveState.setId("directory-save-state");
        saveState.getStyleClass().add("save-state");
        saveState.textProperty().bind(model.saveStateProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(12, title, gap, saveState);
        header.setAlignment(Pos.CENTER_LEFT);
        TabPane lists = tabs("directory-lists-tabs");
        for (ListKind kind : ListKind.values()) {
            lists.getTabs().add(tab("directory.list." + kind.name(), new EntryList<>(specs.list(kind), model, messages)));
        }
        tabs = tabs("directory-tabs");
        tabs.getTabs().addAll(tab("directory.units", new EntryList<>(specs.units(), model, messages)),
                tab("directory.persons", new EntryList<>(specs.persons(), model, messages)),
                tab("directory.groups", new EntryList<>(specs.groups(), model, messages)),
                tab("directory.subCommittees", new EntryList<>(specs.subCommittees(), model, messages)),
                tab("directory.lists", lists));
        VBox.setVgrow(tabs, Priority.ALWAYS);
        getChildren().addAll(header, tabs, undoBar());
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && e.getCode() == KeyCode.Z && !(e.getTarget() instanceof TextInputControl)
                    && model.undo()) {
                e.consume();
            }
        });
    }

    /** Puts the cursor in the filter of the list on screen, so Ctrl+N, typing and arrows work at once. */
    private void focusCurrentList() {
        Node content = tabs.getSelectionModel().getSelectedItem().getContent();
        if (content instanceof TabPane inner) {
            content = inner.getSelectionModel().getSelectedItem().getContent();
        }
        if (content instanceof EntryList<?> list) {
            list.focusFilter();
        }
    }

    private HBox undoBar() {
        Label notice = new Label();
        notice.setId("directory-notice");
        notice.textProperty().bind(model.noticeProperty());
        Button undo = new Button(messages.get("directory.undo"));
        undo.setId("directory-undo");
        undo.setAccessibleText(undo.getText());
        undo.visibleProperty().bind(model.canUndoProperty());
        undo.setOnAction(e -> model.undo());
        HBox bar = new HBox(12, notice, undo);
        bar.setId("directory-undo-bar");
        bar.getStyleClass().add("banner");
        bar.setVisible(false);
        bar.managedProperty().bind(bar.visibleProperty());
        noticeTimer.setOnFinished(e -> bar.setVisible(false));
        model.noticeProperty().addListener((obs, old, text) -> {
            bar.setVisible(!text.isEmpty());
            noticeTimer.playFromStart();
        });
        return bar;
    }

    private static TabPane tabs(String id) {
        TabPane pane = new TabPane();
        pane.setId(id);
        pane.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return pane;
    }

    private Tab tab(String key, Node content) {
        Tab tab = new Tab(messages.get(key), content);
        tab.setId("tab-" + key.substring(key.indexOf('.') + 1).replace('.', '-'));
        return tab;
    }
}
