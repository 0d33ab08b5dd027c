package vn.nghisu.ui.followup;

import java.util.List;
import java.util.Map;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import vn.nghisu.domain.ActionFilter;
import vn.nghisu.domain.IssueFilter;
import vn.nghisu.domain.SearchHit;
import vn.nghisu.domain.SearchKind;
import vn.nghisu.service.followup.SearchService;
import vn.nghisu.ui.Columns;
import vn.nghisu.ui.ErrorDialog;
import vn.nghisu.ui.Messages;
import vn.nghisu.ui.task.BackgroundTasks;

/** The Ctrl+K search box over the window's content: hits grouped by kind as you type; Enter opens the chosen one. */
final class SearchDialog extends VBox {
    private final SearchService search;
    private final BackgroundTasks tasks;
    private final Messages m;
    private final FollowUpNavigator nav;
    private final TextField field = new TextField();
    private final ListView<SearchHit> results = new ListView<>();
    private final PauseTransition typing = new PauseTransition(Duration.millis(150));
    private String shownQuery = "";
    private boolean openWhenReady;
    private final Label indexingNotice;

    SearchDialog(SearchService search, BackgroundTasks tasks, Messages m, FollowUpNavigator nav) {
        super(8);
        this.search = search;
        this.tasks = tasks;
        this.m = m;
        this.nav = nav;
        this.indexingNotice = new Label(m.get("search.indexing"));
        setId("search-box");
        getStyleClass().add("search-box");
        setMaxSize(680, 480);
        StackPane.setAlignment(this, Pos.TOP_CENTER);
        StackPane.setMargin(this, new Insets(60, 0, 0, 0));
        field.setId("search-field");
        field.setPromptText(m.get("search.prompt"));
        field.setAccessibleText(m.get("search.prompt"));
        results.setId("search-results");
        results.setPrefSize(640, 420);
        results.setPlaceholder(new Label(m.get("search.none")));
        results.setCellFactory(l -> new HitCell());
        typing.setOnFinished(e -> run(field.getText()));
        field.textProperty().addListener((o, a, b) -> typing.playFromStart());
        field.setOnAction(e -> openSelected());
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                close();
            }
        });
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !results.getItems().isEmpty()) {
                results.requestFocus();
                results.getSelectionModel().selectFirst();
            }
        });
        results.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected();
            }
        });
        results.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                openSelected();
            }
        });
        Label title = new Label(m.get("search.title"));
        title.getStyleClass().add("title-4");
        indexingNotice.setId("search-indexing");
        indexingNotice.getStyleClass().add("text-muted");
        indexingNotice.setWrapText(true);
        indexingNotice.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        indexingNotice.managedProperty().bind(indexingNotice.visibleProperty());
        indexingNotice.setVisible(false);
        getChildren().addAll(title, field, indexingNotice, results);
    }

    /** Shows the box over the window's content, the cursor in the search field. */
    void open(StackPane host) {
        if (!host.getChildren().contains(this)) {
            host.getChildren().add(this);
        }
        field.requestFocus();
        field.selectAll();
    }

    void close() {
        if (getParent() instanceof StackPane host) {
            host.getChildren().remove(this);
        }
    }

    private void run(String query) {
        tasks.run(() -> new Found(search.search(query), search.catchingUp()),
                found -> show(query, found.hits(), found.indexing()), e -> ErrorDialog.show(m, e));
    }

    /** Hits, and whether the index was still being brought up to date (they may lack the newest records). */
    private record Found(Map<SearchKind, List<SearchHit>> hits, boolean indexing) {
    }

    private void show(String query, Map<SearchKind, List<SearchHit>> hits, boolean indexing) {
        if (!query.equals(field.getText())) {
            return;
        }
        indexingNotice.setVisible(indexing);
        shownQuery = query;
        results.getItems().setAll(hits.values().stream().flatMap(List::stream).toList());
        if (openWhenReady) {
            openSelected();
        }
    }

    private void openSelected() {
        if (!shownQuery.equals(field.getText()) || typing.getStatus() == javafx.animation.Animation.Status.RUNNING) {
            openWhenReady = true;
            return;
        }
        openWhenReady = false;
        SearchHit hit = results.getSelectionModel().getSelectedItem();
        if (hit == null && !results.getItems().isEmpty()) {
            hit = results.getItems().get(0);
        }
        if (hit != null) {
            close();
            open(hit);
        }
    }

    private void open(SearchHit hit) {
        switch (hit.kind()) {
            case ACTION -> nav.showActions(ActionFilter.all().withItem(hit.id()));
            case ISSUE -> nav.showIssues(IssueFilter.all().withIssue(hit.id()));
            case MEETING -> nav.showMeeting(hit.id());
            case STATEMENT, DIRECTIVE -> nav.showMeeting(hit.meetingId());
            default -> nav.showSection("directory");
        }
    }

    /** A hit with its kind, so the grouped list reads "Nhiệm vụ · …". */
    private final class HitCell extends ListCell<SearchHit> {
        @Override
        protected void updateItem(SearchHit hit, boolean empty) {
            super.updateItem(hit, empty);
            if (empty || hit == null) {
                setText(null);
                return;
            }
            String date = hit.date() == null ? "" : " — " + Columns.date(hit.date());
            setText(m.label("search.kind", hit.kind()) + " · " + hit.title() + date);
        }
    }
}
