package vn.nghisu.ui.meeting;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A list of rows with a form for the selected one: add (Ctrl+Enter), delete (Delete, with undo), Enter to
 * go from the list into the form. Every editor section with rows is one of these.
 */
final class ListSection<R> extends VBox {
    final ListView<R> list = new ListView<>();
    final HBox toolbar = new HBox(8);
    private final FormBinder<R> binder;
    private final ObjectProperty<R> selected = new SimpleObjectProperty<>();
    private Node firstField;
    private Supplier<R> adder;
    private Consumer<R> deleter;

    ListSection(String id, FormBinder<R> binder, Function<R, String> text, Node form) {
        this.binder = binder;
        setId(id);
        setSpacing(8);
        setPadding(new Insets(0));
        list.setId(id + "-list");
        // empty, not JavaFX's English "No content in list"; the add button beside it says what to do
        list.setPlaceholder(new javafx.scene.control.Label(""));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(R item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }

            {
                // long rows wrap inside the list instead of growing a horizontal scroll bar
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            selected.set(b);
            binder.show(b);
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE && selected.get() != null) {
                deleter.accept(selected.get());
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && firstField != null && selected.get() != null) {
                firstField.requestFocus();
                e.consume();
            }
        });
        list.setPrefHeight(180);
        binder.show(null);
        VBox.setVgrow(list, Priority.ALWAYS);
        BorderPane formBox = new BorderPane(form);
        formBox.getStyleClass().add("editor-form");
        getChildren().addAll(toolbar, list, formBox);
    }

    void setItems(ObservableList<R> items) {
        list.setItems(items);
        if (items != null) {
            // rows arrive after the view is built (loaded off the FX thread): show the first one when they do
            items.addListener((javafx.beans.InvalidationListener) o -> {
                if (list.getItems() == items && list.getSelectionModel().isEmpty() && !items.isEmpty()) {
                    list.getSelectionModel().selectFirst();
                }
            });
        }
        list.getSelectionModel().clearSelection();
        if (items != null && !items.isEmpty()) {
            list.getSelectionModel().selectFirst();
        }
    }

    ListSection<R> actions(Button add, Supplier<R> adder, Button delete, Consumer<R> deleter, Node firstField) {
        this.adder = adder;
        this.deleter = deleter;
        this.firstField = firstField;
        add.setOnAction(e -> add());
        delete.setOnAction(e -> {
            if (selected.get() != null) {
                deleter.accept(selected.get());
            }
        });
        delete.disableProperty().bind(selected.isNull());
        toolbar.getChildren().addAll(0, java.util.List.of(add, delete));
        return this;
    }

    /** Adds a row, selects it and puts the cursor in its first field. */
    void add() {
        R row = adder.get();
        if (row == null) {
            return;
        }
        list.getSelectionModel().select(row);
        list.scrollTo(row);
        Platform.runLater(firstField::requestFocus);
    }

    void select(R row) {
        list.getSelectionModel().select(row);
    }

    ObjectProperty<R> selectedProperty() {
        return selected;
    }

    R current() {
        return binder.current();
    }
}
