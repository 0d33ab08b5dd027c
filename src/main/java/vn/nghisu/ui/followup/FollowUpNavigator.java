package vn.nghisu.ui.followup;

import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import vn.nghisu.domain.ActionFilter;
import vn.nghisu.domain.IssueFilter;

/**
 * Moves between follow-up screens: the dashboard and the search box ask for a filtered list, the list
 * screens pick the request up (also when they are built later, lazily).
 */
public final class FollowUpNavigator {
    private final Consumer<String> selectSection;
    private final ObjectProperty<ActionFilter> actionRequest = new SimpleObjectProperty<>();
    private final ObjectProperty<IssueFilter> issueRequest = new SimpleObjectProperty<>();
    private final ObjectProperty<UUID> meetingRequest = new SimpleObjectProperty<>();

    public FollowUpNavigator(Consumer<String> selectSection) {
        this.selectSection = selectSection;
    }

    public void showActions(ActionFilter filter) {
        actionRequest.set(null); // a repeated, equal request must still reach the list
        actionRequest.set(filter);
        selectSection.accept("actions");
    }

    public void showIssues(IssueFilter filter) {
        issueRequest.set(null);
        issueRequest.set(filter);
        selectSection.accept("issues");
    }

    public void showMeeting(UUID meetingId) {
        meetingRequest.set(null);
        meetingRequest.set(meetingId);
        selectSection.accept("meetings");
    }

    public void showSection(String key) {
        selectSection.accept(key);
    }

    public ObjectProperty<ActionFilter> actionRequest() {
        return actionRequest;
    }

    public ObjectProperty<IssueFilter> issueRequest() {
        return issueRequest;
    }

    public ObjectProperty<UUID> meetingRequest() {
        return meetingRequest;
    }
}
