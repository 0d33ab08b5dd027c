package vn.nghisu.ui.followup;

import java.util.UUID;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import vn.nghisu.domain.MeetingSummary;
import vn.nghisu.service.followup.SavedFilters;
import vn.nghisu.ui.ErrorDialog;
import vn.nghisu.ui.UiContext;

/** Builds the follow-up screens (dashboard, action items, issues, plans) and the search box, sharing one navigator. */
public final class FollowUpScreens {
    private final UiContext ctx;
    private final FollowUpNavigator nav;
    private SearchDialog searchBox;

    public FollowUpScreens(UiContext ctx, Consumer<String> selectSection) {
        this.ctx = ctx;
        this.nav = new FollowUpNavigator(selectSection);
    }

    public Node dashboard() {
        return new DashboardView(ctx, nav);
    }

    public Node actions() {
        return new ActionItemsView(new ActionItemsViewModel(ctx.services(), new SavedFilters(ctx.settings()),
                ctx.tasks(), e -> ErrorDialog.show(ctx.messages(), e)), ctx.messages(), nav);
    }

    public Node issues() {
        IssuesViewModel model = new IssuesViewModel(ctx.services(), ctx.tasks(), e -> ErrorDialog.show(ctx.messages(), e));
        IssuesView[] view = new IssuesView[1];
        view[0] = new IssuesView(model, ctx.messages(), nav, () -> ReportDialog.ask(view[0].getScene().getWindow(),
                ctx.messages(), model, ctx.services().followUps().reports(), ctx.tasks()));
        return view[0];
    }

    public Node plans() {
        return new PlansView(new PlansViewModel(ctx.services(), ctx.tasks(), e -> ErrorDialog.show(ctx.messages(), e)),
                ctx.messages());
    }

    /** Opens the search box over the window's content (one box, reused). */
    public void search(StackPane host) {
        if (searchBox == null) {
            searchBox = new SearchDialog(ctx.services().followUps().search(), ctx.tasks(), ctx.messages(), nav);
        }
        searchBox.open(host);
    }

    /** Selects the requested meeting in the meetings list once it is there. */
    public void followMeetingRequests(Scene scene) {
        nav.meetingRequest().addListener((o, a, id) -> {
            if (id != null) {
                javafx.application.Platform.runLater(() -> selectMeeting(scene, id));
            }
        });
    }

    private static void selectMeeting(Scene scene, UUID id) {
        Node node = scene.lookup("#meetings-table");
        if (node instanceof TableView<?> table) {
            for (int i = 0; i < table.getItems().size(); i++) {
                if (table.getItems().get(i) instanceof MeetingSummary s && s.id().equals(id)) {
                    table.getSelectionModel().clearAndSelect(i);
                    table.scrollTo(i);
                    return;
                }
            }
        }
    }
}
