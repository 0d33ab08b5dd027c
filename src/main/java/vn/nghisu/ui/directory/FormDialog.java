package vn.nghisu.ui.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.scene.control.ButtonBar;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;
import org.controlsfx.validation.decoration.StyleClassValidationDecoration;
import vn.nghisu.ui.Messages;

/**
 * A small edit form with an explicit OK: labelled rows, errors shown next to the field (ControlsFX), and OK
 * disabled while anything is invalid, so nothing typed is dropped silently.
 */
abstract class FormDialog<T> extends Dialog<T> {
    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");
    protected final Messages messages;
    protected final ValidationSupport validation = new ValidationSupport();
    private final GridPane grid = new GridPane();
    private final List<Runnable> pending = new ArrayList<>();
    private final Label errors = new Label();
    private int rows;
    private Control first;

    FormDialog(Window owner, Messages messages, String title) {
        this.messages = messages;
        initOwner(owner);
        setTitle(title);
        setHeaderText(title);
        setResizable(true);
        grid.setHgap(12);
        grid.setVgap(10);
        grid.setPadding(new Insets(8, 4, 8, 4));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints(420, 480, Double.MAX_VALUE, Priority.ALWAYS, null, true);
        grid.getColumnConstraints().addAll(labels, fields);
        getDialogPane().setContent(grid);
        ButtonType ok = new ButtonType(messages.get("directory.form.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("directory.form.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().addAll(ok, cancel);
        getDialogPane().lookupButton(ok).setId("form-ok");
        getDialogPane().lookupButton(cancel).setId("form-cancel");
        getDialogPane().lookupButton(ok).disableProperty().bind(Bindings.createBooleanBinding(
                () -> Boolean.TRUE.equals(validation.isInvalid()), validation.invalidProperty()));
        setResultConverter(button -> button == ok ? build() : null);
        // The graphic decoration wraps the scene root, which a Dialog refuses ("DialogPane is already inside a
        // scene-graph"); so fields are marked by style class and the Vietnamese message is written below them.
        validation.setValidationDecorator(new StyleClassValidationDecoration());
        errors.setId("form-errors");
        errors.getStyleClass().add("form-errors");
        errors.setWrapText(true);
        validation.validationResultProperty().addListener((obs, old, result) -> show(result));
        setOnShown(e -> {
            grid.add(errors, 1, rows);
            pending.forEach(Runnable::run);
            if (first != null) {
                // An enabled default button would otherwise take the focus; typing starts in the first field.
                Platform.runLater(first::requestFocus);
            }
        });
    }

    /** Writes the messages under the fields and marks each invalid field with the theme's danger state. */
    private void show(ValidationResult result) {
        errors.setText(result.getErrors().stream().map(ValidationMessage::getText).distinct()
                .collect(Collectors.joining("\n")));
        Map<Control, String> invalid = result.getErrors().stream().collect(Collectors.toMap(ValidationMessage::getTarget,
                ValidationMessage::getText, (a, b) -> a));
        validation.getRegisteredControls().forEach(c -> {
            c.pseudoClassStateChanged(DANGER, invalid.containsKey(c));
            c.setTooltip(invalid.containsKey(c) ? new Tooltip(invalid.get(c)) : null);
        });
    }

    /** Registers a field's validator once the dialog is on screen. */
    protected void validate(Runnable registration) {
        pending.add(registration);
    }

    /** The record made of the fields; called only when every validator passes. */
    protected abstract T build();

    protected <N extends Node> N row(String labelKey, N field) {
        Label label = new Label(messages.get(labelKey));
        label.setLabelFor(field);
        if (field instanceof Control control) {
            control.setAccessibleText(label.getText());
        }
        if (!(field instanceof TextField) && !(field instanceof ComboBox)) {
            GridPane.setValignment(label, VPos.TOP); // beside a tall list the label reads as its heading
        }
        if (first == null && field instanceof Control control && control.isFocusTraversable()) {
            first = control;
        }
        grid.addRow(rows++, label, field);
        return field;
    }

    protected TextField text(String id, String labelKey, String value, boolean required) {
        TextField field = row(labelKey, new TextField(value == null ? "" : value));
        field.setId(id);
        if (required) {
            validate(() -> validation.registerValidator(field,
                    Validator.createEmptyValidator(messages.get("directory.error.nameRequired"))));
        }
        return field;
    }
}
