package vn.nghisu.ui.common;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;
import vn.nghisu.domain.Texts;

/**
 * A text field that picks one record by type-ahead, ignoring diacritics and case ("to chuc" finds "Tổ chức",
 * "d" finds "Đ"), on ControlsFX auto-completion. Typing a name exactly picks it; with a creator, a name not
 * yet known becomes a new record when the field is committed (Enter or leaving it); without one, such a name
 * stays on screen and the field says it is {@link #unmatchedProperty() unmatched}.
 */
public class EntityPicker<T> extends TextField {
    private final ObjectProperty<T> value = new SimpleObjectProperty<>(this, "value") {
        @Override
        public void set(T item) {
            boolean same = Objects.equals(get(), item);
            super.set(item);
            // no change event when a row with no value follows another: its text would stay the old row's
            if (same && !syncing) {
                show(item);
            }
        }
    };
    private final ReadOnlyBooleanWrapper unmatched = new ReadOnlyBooleanWrapper(this, "unmatched");
    private final ObservableList<T> items;
    private final Function<T, String> name;
    private Function<String, T> creator;
    private boolean syncing;

    public EntityPicker(String id, ObservableList<T> items, Function<T, String> name) {
        this.items = items;
        this.name = name;
        setId(id);
        AutoCompletionBinding<T> completion = TextFields.bindAutoCompletion(this,
                request -> matches(request.getUserText()), converter());
        completion.setOnAutoCompleted(e -> pick(e.getCompletion()));
        CompletionKeys.install(this, completion, item -> {
            // suggestions arrive in the background and may belong to text typed a moment ago
            if (value.get() == null && !Texts.isBlank(getText()) && matches(getText()).contains(item)) {
                pick(item);
                show(item);
            }
        });
        textProperty().addListener((obs, old, now) -> {
            if (!syncing) {
                unmatched.set(false);
                pick(exact(now));
            }
        });
        value.addListener((obs, old, now) -> {
            if (!syncing) {
                show(now);
            }
            if (now != null) {
                unmatched.set(false);
            }
        });
        setOnAction(e -> commit());
        focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                commit();
            }
        });
    }

    /** Lets a name that matches nothing become a new record (e.g. a delegate added without leaving the screen). */
    public EntityPicker<T> creating(Function<String, T> newRecord) {
        this.creator = newRecord;
        return this;
    }

    /** Items whose folded name contains the folded query, in list order. */
    public List<T> matches(String query) {
        String key = Texts.foldKey(query);
        return items.stream().filter(i -> Texts.foldKey(name.apply(i)).contains(key)).toList();
    }

    private T exact(String text) {
        String wanted = Texts.clean(text);
        if (wanted == null) {
            return null;
        }
        return items.stream().filter(i -> wanted.equals(Texts.clean(name.apply(i)))).findFirst().orElse(null);
    }

    /** Settles the text: the one matching item, else a new record when allowed; the text itself is kept. */
    public void commit() {
        if (value.get() != null || Texts.isBlank(getText())) {
            return;
        }
        List<T> found = matches(getText());
        List<T> sameKey = found.stream().filter(i -> Texts.foldKey(name.apply(i)).equals(Texts.foldKey(getText())))
                .toList();
        if (sameKey.size() == 1) {
            pick(sameKey.get(0));
            show(sameKey.get(0));
        } else if (creator != null) {
            // the creator adds the record to the source list: items may be a filtered view of it
            pick(creator.apply(Texts.clean(getText())));
        }
        unmatched.set(value.get() == null);
    }

    /** True once committed text names no record and none could be made: the text is kept, the value is empty. */
    public ReadOnlyBooleanProperty unmatchedProperty() {
        return unmatched.getReadOnlyProperty();
    }

    public boolean isUnmatched() {
        return unmatched.get();
    }

    private void pick(T item) {
        syncing = true;
        try {
            value.set(item);
        } finally {
            syncing = false;
        }
    }

    private void show(T item) {
        unmatched.set(false);
        syncing = true;
        try {
            setText(item == null ? "" : name.apply(item));
        } finally {
            syncing = false;
        }
    }

    public ObjectProperty<T> valueProperty() {
        return value;
    }

    public T getValue() {
        return value.get();
    }

    private StringConverter<T> converter() {
        return new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? "" : name.apply(item);
            }

            @Override
            public T fromString(String text) {
                return exact(text);
            }
        };
    }
}
