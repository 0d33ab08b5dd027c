package vn.nghisu.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The main window's frame: navigation on the left, one section at a time in the centre, status below. */
public final class ShellView extends BorderPane {
    private final Map<String, Supplier<Node>> factories = new LinkedHashMap<>();
    private final Map<String, Node> built = new LinkedHashMap<>();
    private final Map<String, ToggleButton> buttons = new LinkedHashMap<>();
    private final ToggleGroup navGroup = new ToggleGroup();
    private final VBox nav = new VBox();
    private final StackPane content = new StackPane();
    private final Label status = new Label();

    public ShellView(Messages messages) {
        nav.getStyleClass().add("nav");
        nav.setPadding(new Insets(12, 8, 12, 8));
        nav.setSpacing(4);
        Label appName = new Label(messages.get("app.title"));
        appName.getStyleClass().add("app-name");
        nav.getChildren().add(appName);
        content.getStyleClass().add("content");
        status.setId("status-label");
        status.setText(messages.get("status.ready"));
        HBox statusBar = new HBox(status);
        statusBar.getStyleClass().add("status-bar");
        setLeft(nav);
        setCenter(content);
        setBottom(statusBar);
        navGroup.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null && old != null) {
                old.setSelected(true); // keep one section always selected
            } else if (now != null) {
                show((String) now.getUserData());
            }
        });
    }

    /** Adds a section; its view is built the first time it is shown. */
    public void addSection(String key, String title, Feather icon, Supplier<Node> factory) {
        ToggleButton button = new ToggleButton(title, new FontIcon(icon));
        button.setId("nav-" + key);
        button.setUserData(key);
        button.setToggleGroup(navGroup);
        button.setMaxWidth(Double.MAX_VALUE);
        button.getStyleClass().add("nav-button");
        button.setAccessibleText(title);
        factories.put(key, factory);
        buttons.put(key, button);
        nav.getChildren().add(button);
    }

    public void select(String key) {
        buttons.get(key).setSelected(true);
    }

    private void show(String key) {
        Node view = built.computeIfAbsent(key, k -> factories.get(k).get());
        content.getChildren().setAll(view);
    }

    public Label status() {
        return status;
    }
}
