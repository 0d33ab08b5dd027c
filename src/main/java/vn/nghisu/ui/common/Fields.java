package vn.nghisu.ui.common;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;

/** Small builders for form fields: an id and accessible text on every control, dates as dd/MM/yyyy. */
public final class Fields {
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TYPED_DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private Fields() {
    }

    public static TextField text(String id, String label) {
        TextField field = new TextField();
        field.setId(id);
        field.setAccessibleText(label);
        return field;
    }

    /** A date picker whose typed text counts as soon as it parses, not only when the field is left. */
    public static DatePicker date(String id, String label) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setAccessibleText(label);
        picker.setPromptText("dd/mm/yyyy");
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : DATE.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                return parseDate(text);
            }
        });
        // typing a date replaces the one shown, as in the other fields
        picker.getEditor().focusedProperty().addListener((obs, was, is) -> {
            if (is) {
                javafx.application.Platform.runLater(picker.getEditor()::selectAll);
            }
        });
        picker.getEditor().textProperty().addListener((obs, old, now) -> {
            LocalDate parsed = parseDate(now);
            if (parsed != null && !parsed.equals(picker.getValue())) {
                picker.setValue(parsed);
            }
        });
        return picker;
    }

    /** "24/11/2026", "4/9/2026", "24-11-2026" or "24.11.2026" as a date; null when blank or unreadable. */
    public static LocalDate parseDate(String text) {
        try {
            return text == null || text.isBlank() ? null
                    : LocalDate.parse(text.strip().replace('-', '/').replace('.', '/'), TYPED_DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** "8:00", "08:00" or "0800" as a time; null when blank or unreadable. */
    public static LocalTime parseTime(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip().replace('h', ':').replace('.', ':');
        if (!t.contains(":") && t.length() == 4) {
            t = t.substring(0, 2) + ":" + t.substring(2);
        }
        try {
            String[] parts = t.split(":");
            return LocalTime.of(Integer.parseInt(parts[0]), parts.length > 1 ? Integer.parseInt(parts[1]) : 0);
        } catch (RuntimeException e) {
            return null;
        }
    }

    public static String time(LocalTime time) {
        return time == null ? "" : TIME.format(time);
    }

    /** Adds "label: control" as the next row of a two-column form. */
    public static void row(GridPane grid, String label, javafx.scene.Node control) {
        int row = grid.getRowCount();
        Label l = new Label(label);
        l.setLabelFor(control);
        l.getStyleClass().add("form-label");
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        // fields take the width the form has, so long Vietnamese names and titles stay readable
        javafx.scene.layout.GridPane.setHgrow(control, javafx.scene.layout.Priority.ALWAYS);
        if (control instanceof javafx.scene.layout.Region r && !(control instanceof DatePicker)) {
            r.setMaxWidth(Double.MAX_VALUE);
        }
        grid.addRow(row, l, control);
    }

    /** A one-way converter for choice boxes and combo boxes: how a value is shown (they are never typed into). */
    public static <T> StringConverter<T> shownAs(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }
}
