package vn.nghisu.ui.directory;

import java.util.List;
import java.util.UUID;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import vn.nghisu.service.DirectoryService;
import vn.nghisu.ui.Messages;

/** One directory list: a diacritic-blind filter, the table, and create / edit / delete / merge by key or button. */
final class EntryList<T> extends VBox {
    private final EntrySpec<T> spec;
    private final DirectoryViewModel model;
    private final Messages messages;
    private final ObservableList<T> rows = FXCollections.observableArrayList();
    private final FilteredList<T> shown = new FilteredList<>(rows);
    private final TextField filter = new TextField();
    private final TableView<T> table = new TableView<>(shown);
    private UUID pendingSelect;

    EntryList(EntrySpec<T> spec, DirectoryViewModel model, Messages messages) {
        this.spec = spec;
        this.model = model;
        this.messages = messages;
        createView();
        initListeners();
        show(spec.rows().apply(model.dataProperty().get()));
    }

    private void createView() {
        setSpacing(8);
        setPadding(new Insets(8, 0, 0, 0));
        filter.setId(spec.id() + "-filter");
        filter.setPromptText(messages.get("directory.filter.prompt"));
        filter.setAccessibleText(messages.get("directory.filter.prompt"));
        HBox.setHgrow(filter, Priority.ALWAYS);
        HBox bar = new HBox(8, filter, button("new", Feather.PLUS, this::create), button("edit", Feather.EDIT_2, this::edit),
                button("delete", Feather.TRASH_2, this::delete));
        if (spec.merge() != null) {
            bar.getChildren().add(button("merge", Feather.GIT_MERGE, this::merge));
        }
        table.setId(spec.id() + "-table");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getColumns().addAll(spec.columns());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label placeholder = new Label();
        placeholder.textProperty().bind(javafx.beans.binding.Bindings.when(filter.textProperty().isEmpty())
                .then(messages.get("directory.empty")).otherwise(messages.get("directory.noMatch")));
        table.setPlaceholder(placeholder);
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(bar, table);
    }

    private Button button(String action, Feather icon, Runnable run) {
        Button b = new Button(messages.get("directory." + action), new FontIcon(icon));
        b.setId(spec.id() + "-" + action);
        b.setAccessibleText(b.getText());
        b.setOnAction(e -> run.run());
        b.setFocusTraversable(false);
        return b;
    }

    private void initListeners() {
        filter.textProperty().addListener((obs, old, query) ->
                shown.setPredicate(t -> DirectoryService.matches(spec.searchText().apply(t), query)));
        model.dataProperty().addListener((obs, old, data) -> show(spec.rows().apply(data)));
        filter.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER) {
                table.requestFocus();
                if (table.getSelectionModel().isEmpty() && !shown.isEmpty()) {
                    table.getSelectionModel().select(0);
                }
                e.consume();
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                edit();
                e.consume();
            }
        });
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                edit();
            }
        });
        addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);
    }

    private void shortcut(KeyEvent e) {
        boolean typing = e.getTarget() instanceof TextInputControl;
        if (e.isShortcutDown() && e.getCode() == KeyCode.F) {
            filter.requestFocus();
            filter.selectAll();
        } else if (e.getCode() == KeyCode.INSERT || e.isShortcutDown() && e.getCode() == KeyCode.N) {
            create();
        } else if (e.getCode() == KeyCode.F2) {
            edit();
        } else if (e.isShortcutDown() && e.getCode() == KeyCode.M && spec.merge() != null) {
            merge();
        } else if (e.getCode() == KeyCode.DELETE && !typing) {
            delete();
        } else {
            return;
        }
        e.consume();
    }

    private void show(List<T> fresh) {
        List<UUID> selected = table.getSelectionModel().getSelectedItems().stream().map(spec.key()).toList();
        rows.setAll(fresh);
        UUID wanted = pendingSelect != null ? pendingSelect : selected.isEmpty() ? null : selected.get(0);
        pendingSelect = null;
        shown.stream().filter(t -> spec.key().apply(t).equals(wanted)).findFirst().ifPresent(t -> {
            table.getSelectionModel().select(t);
            table.scrollTo(t);
        });
    }

    private T selected() {
        return table.getSelectionModel().getSelectedItem();
    }

    void create() {
        open(null);
    }

    void edit() {
        if (selected() != null) {
            open(selected());
        }
    }

    private void open(T existing) {
        spec.form().open(getScene().getWindow(), model.dataProperty().get(), existing).showAndWait().ifPresent(this::save);
        table.requestFocus();
    }

    /** Saves in the background; if the save fails the form opens again with what was typed. */
    private void save(T entry) {
        pendingSelect = spec.key().apply(entry);
        model.write(() -> {
            spec.save().accept(entry);
            return null;
        }, () -> { }, e -> Platform.runLater(() -> open(entry)));
    }

    void delete() {
        T entry = selected();
        if (entry != null) {
            int index = table.getSelectionModel().getSelectedIndex();
            pendingSelect = index + 1 < shown.size() ? spec.key().apply(shown.get(index + 1)) : null;
            model.delete(entry, spec.name().apply(entry));
            table.requestFocus();
        }
    }

    void merge() {
        List<T> picked = List.copyOf(table.getSelectionModel().getSelectedItems());
        if (picked.isEmpty()) {
            return;
        }
        new MergeDialog<>(getScene().getWindow(), messages, rows, spec.name(), picked.get(0),
                picked.size() > 1 ? picked.get(1) : null).showAndWait().ifPresent(choice -> {
                    pendingSelect = spec.key().apply(choice.survivor());
                    model.write(() -> messages.format("directory.merged", spec.name().apply(choice.duplicate()),
                            spec.name().apply(choice.survivor()), spec.merge().merge(choice.survivor(), choice.duplicate())),
                            () -> { }, e -> { });
                });
        table.requestFocus();
    }

    void focusFilter() {
        filter.requestFocus();
    }
}
