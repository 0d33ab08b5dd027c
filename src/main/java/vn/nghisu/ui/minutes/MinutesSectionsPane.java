package vn.nghisu.ui.minutes;

import java.util.List;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import vn.nghisu.domain.MinutesSection;
import vn.nghisu.service.minutes.MinutesService;
import vn.nghisu.ui.Messages;
import vn.nghisu.ui.UiContext;

/**
 * Mục bổ sung: free-text sections the secretary adds before export. Each edit is saved about a second after
 * typing pauses (no Save button), then the preview renders again.
 */
final class MinutesSectionsPane extends VBox {
    private static final Duration AUTOSAVE_DELAY = Duration.millis(800);
    private final UiContext ctx;
    private final MinutesPreviewModel model;
    private final MinutesService service;
    private final Messages m;
    private final VBox list = new VBox(10);
    private final Label saveState = new Label();

    MinutesSectionsPane(UiContext ctx, MinutesPreviewModel model) {
        this.ctx = ctx;
        this.model = model;
        this.service = ctx.services().minutes();
        this.m = ctx.messages();
        setId("minutes-sections");
        setSpacing(8);
        setPadding(new Insets(8));
        setPrefWidth(250);
        getStyleClass().add("minutes-sections");
        Label title = new Label(m.get("minutes.sections"));
        title.getStyleClass().add("title-4");
        Button add = new Button(m.get("minutes.sections.add"), new FontIcon(Feather.PLUS));
        add.setId("minutes-section-add");
        add.setAccessibleText(m.get("minutes.sections.add"));
        add.setOnAction(e -> save(new MinutesSection(null, model.meetingId(), list.getChildren().size(),
                m.get("minutes.sections.newHeading"), ""), true));
        saveState.setId("minutes-sections-state");
        saveState.getStyleClass().add("save-state");
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
        getChildren().addAll(title, add, saveState, scroll);
        load();
    }

    private void load() {
        ctx.tasks().run(() -> service.sections(model.meetingId()), this::show, this::failed);
    }

    private void show(List<MinutesSection> sections) {
        list.getChildren().clear();
        for (MinutesSection section : sections) {
            list.getChildren().add(editor(section, list.getChildren().size()));
        }
    }

    private VBox editor(MinutesSection section, int index) {
        TextField heading = new TextField(section.heading());
        heading.setId("minutes-section-heading-" + index);
        heading.setAccessibleText(m.get("minutes.sections.heading"));
        TextArea body = new TextArea(section.body());
        body.setId("minutes-section-body-" + index);
        body.setAccessibleText(m.get("minutes.sections.body"));
        body.setWrapText(true);
        body.setPrefRowCount(4);
        PauseTransition pause = new PauseTransition(AUTOSAVE_DELAY);
        pause.setOnFinished(e -> save(new MinutesSection(section.id(), section.meetingId(), section.position(),
                heading.getText(), body.getText()), false));
        heading.textProperty().addListener((obs, old, now) -> edited(pause));
        body.textProperty().addListener((obs, old, now) -> edited(pause));
        Button remove = new Button(m.get("minutes.sections.remove"), new FontIcon(Feather.TRASH_2));
        remove.setId("minutes-section-remove-" + index);
        remove.setAccessibleText(m.get("minutes.sections.remove"));
        remove.setOnAction(e -> {
            pause.stop();
            ctx.tasks().run(() -> {
                service.deleteSection(section.id());
                return service.sections(model.meetingId());
            }, this::savedAndShow, this::failed);
        });
        return new VBox(4, heading, body, remove);
    }

    private void edited(PauseTransition pause) {
        saveState.setText(m.get("minutes.sections.editing"));
        saveState.getStyleClass().removeAll("saved", "error");
        pause.playFromStart();
    }

    private void save(MinutesSection section, boolean relist) {
        ctx.tasks().run(() -> {
            service.saveSection(section);
            return service.sections(model.meetingId());
        }, sections -> {
            if (relist) {
                savedAndShow(sections);
            } else {
                saved();
            }
        }, this::failed);
    }

    private void savedAndShow(List<MinutesSection> sections) {
        show(sections);
        saved();
    }

    private void saved() {
        saveState.setText(m.get("minutes.sections.saved"));
        saveState.getStyleClass().remove("error");
        saveState.getStyleClass().add("saved");
        model.reload();
    }

    private void failed(Throwable error) {
        saveState.setText(MinutesErrors.sentence(m, error));
        saveState.getStyleClass().add("error");
    }
}
