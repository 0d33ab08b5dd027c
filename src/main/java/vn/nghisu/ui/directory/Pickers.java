package vn.nghisu.ui.directory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.util.StringConverter;

/** Pickers of directory entries: shown by name, with type-ahead, optionally offering "(none)". */
final class Pickers {
    private Pickers() {
    }

    static <T> ComboBox<T> combo(String id, Collection<T> items, Function<T, String> name, String noneLabel) {
        List<T> all = new ArrayList<>();
        if (noneLabel != null) {
            all.add(null);
        }
        all.addAll(items);
        ComboBox<T> combo = new ComboBox<>(FXCollections.observableArrayList(all));
        combo.setId(id);
        combo.setMaxWidth(Double.MAX_VALUE);
        StringConverter<T> converter = converter(name, noneLabel);
        combo.setConverter(converter);
        combo.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : converter.toString(item));
            }
        });
        combo.setButtonCell(combo.getCellFactory().call(null));
        TypeAhead.install(combo, name);
        return combo;
    }

    static <T> StringConverter<T> converter(Function<T, String> name, String noneLabel) {
        return new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? Objects.requireNonNullElse(noneLabel, "") : name.apply(item);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }

    /** Selects the item with this id (or "(none)" when the id is null or unknown). */
    static <T> void select(ComboBox<T> combo, UUID id, Function<T, UUID> idOf) {
        combo.getItems().stream().filter(i -> i != null && idOf.apply(i).equals(id)).findFirst()
                .ifPresentOrElse(combo::setValue, () -> combo.setValue(null));
    }

    static <T> UUID idOf(T item, Function<T, UUID> idOf) {
        return item == null ? null : idOf.apply(item);
    }
}
