package vn.nghisu.ui.meeting;

import java.util.UUID;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.nghisu.domain.Issue;
import vn.nghisu.domain.IssueStatus;
import vn.nghisu.domain.ListItem;
import vn.nghisu.domain.Unit;
import vn.nghisu.service.MeetingRules;

/** One difficulty raised in the meeting, as the editor edits it; follow-up fields are kept untouched. */
public final class IssueEntry {
    final UUID id;
    final StringProperty title = new SimpleStringProperty("");
    final ObjectProperty<ListItem> category = new SimpleObjectProperty<>();
    final ObjectProperty<Unit> raisedBy = new SimpleObjectProperty<>();
    final StringProperty detail = new SimpleStringProperty("");
    Issue loaded;

    IssueEntry(UUID id) {
        this.id = id;
    }

    Issue toRecord(UUID meetingId, int position) {
        MeetingRules.require(MeetingRules.title(title.get()));
        Issue old = loaded;
        return new Issue(id, meetingId, title.get(), detail.get(), category.get() == null ? null : category.get().id(),
                raisedBy.get() == null ? null : raisedBy.get().id(), old == null ? IssueStatus.NEW : old.status(),
                old == null ? null : old.escalatedToId(), old == null ? null : old.resolution(),
                old == null ? null : old.resolvedOn(), position);
    }

    Observable[] observables() {
        return new Observable[] {title, category, raisedBy, detail};
    }
}
