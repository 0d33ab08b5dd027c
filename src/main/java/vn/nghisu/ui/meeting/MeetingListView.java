package vn.nghisu.ui.meeting;

import java.util.UUID;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.nghisu.domain.MeetingSummary;
import vn.nghisu.ui.Columns;
import vn.nghisu.ui.Messages;

/** Cuộc họp: the list of meetings, newest first, and the offer to load the sample into an empty database. */
public final class MeetingListView extends VBox {
    private final MeetingListViewModel model;
    private final Messages messages;
    private final TableView<MeetingSummary> table = new TableView<>();
    private Consumer<UUID> onOpen = id -> { };
    private Runnable onNew = () -> { };
    private Consumer<MeetingSummary> onMinutes = meeting -> { };

    public MeetingListView(MeetingListViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        createView();
        model.refresh();
    }

    private void createView() {
        setSpacing(12);
        setPadding(new Insets(16));
        Label title = new Label(messages.get("meetings.title"));
        title.getStyleClass().add("title-2");
        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("meetings-loading");
        busy.setPrefSize(20, 20);
        busy.visibleProperty().bind(model.loadingProperty());
        Button create = new Button(messages.get("meetings.new"));
        create.setId("new-meeting");
        create.setAccessibleText(messages.get("meetings.new"));
        create.setOnAction(e -> onNew.run());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox header = new HBox(12, title, busy, grow, create);
        // Ctrl+N anywhere in the window while the list is on screen, not only when it has the focus; never from
        // another section, where it would make a meeting the user does not see
        KeyCombination newMeeting = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
        sceneProperty().addListener((o, old, scene) -> {
            if (old != null) {
                old.getAccelerators().remove(newMeeting);
            }
            if (scene != null) {
                scene.getAccelerators().put(newMeeting, onNew);
            }
        });

        Label offer = new Label(messages.get("meetings.sample.offer"));
        offer.setWrapText(true);
        Button load = new Button(messages.get("meetings.sample.load"));
        load.setId("load-sample");
        load.setDefaultButton(true);
        load.setOnAction(e -> model.loadSample());
        HBox banner = new HBox(12, offer, load);
        banner.setId("sample-banner");
        banner.getStyleClass().add("banner");
        banner.visibleProperty().bind(model.offerSampleProperty());
        banner.managedProperty().bind(banner.visibleProperty());

        table.setItems(model.meetings());
        table.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                openSelected();
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected();
                e.consume();
            }
        });
        table.setId("meetings-table");
        table.setPlaceholder(new Label(messages.get("meetings.empty")));
        table.getColumns().add(Columns.text(messages.get("meetings.col.date"), 100, m -> Columns.date(m.date())));
        table.getColumns().add(Columns.text(messages.get("meetings.col.title"), 460, MeetingSummary::title));
        table.getColumns().add(Columns.text(messages.get("meetings.col.place"), 200, MeetingSummary::place));
        table.getColumns().add(Columns.text(messages.get("meetings.col.host"), 200, MeetingSummary::hostUnitName));
        table.getColumns().add(Columns.text(messages.get("meetings.col.status"), 120,
                m -> messages.label("meeting.status", m.status())));
        VBox.setVgrow(table, Priority.ALWAYS);
        Button minutes = new Button(messages.get("meetings.minutes"));
        minutes.setId("meeting-minutes");
        minutes.setAccessibleText(messages.get("meetings.minutes"));
        minutes.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        minutes.setOnAction(e -> onMinutes.accept(table.getSelectionModel().getSelectedItem()));
        header.getChildren().add(minutes);
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && e.getCode() == KeyCode.P && !minutes.isDisabled()) {
                e.consume();
                minutes.fire();
            }
        });
        getChildren().addAll(header, banner, table);
    }

    private void openSelected() {
        MeetingSummary selected = table.getSelectionModel().getSelectedItem();
        if (selected != null) {
            onOpen.accept(selected.id());
        }
    }

    public void setOnOpen(Consumer<UUID> onOpen) {
        this.onOpen = onOpen;
    }

    public void setOnNew(Runnable onNew) {
        this.onNew = onNew;
    }

    /** The meetings selected in the list (several with Ctrl or Shift), e.g. to export them. */
    public java.util.List<UUID> selectedMeetingIds() {
        return table.getSelectionModel().getSelectedItems().stream().map(MeetingSummary::id).toList();
    }

    public void focusTable() {
        table.requestFocus();
    }

    /** What "Biên bản" (Ctrl+P) does with the selected meeting: the window opens the minutes preview. */
    public void setOnMinutes(Consumer<MeetingSummary> action) {
        onMinutes = action;
    }
}
