package vn.nghisu.ui.meeting;

import java.time.LocalDate;
import java.util.UUID;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.nghisu.domain.ActionItem;
import vn.nghisu.domain.ActionStatus;
import vn.nghisu.domain.Person;
import vn.nghisu.domain.SubCommittee;
import vn.nghisu.domain.Unit;
import vn.nghisu.service.MeetingRules;

/** One action item given by a directive: owner unit or sub-committee, lead, coordinators, deadline. */
public final class ActionRow {
    final UUID id;
    final StringProperty title = new SimpleStringProperty("");
    final ObjectProperty<Unit> ownerUnit = new SimpleObjectProperty<>();
    final ObjectProperty<SubCommittee> ownerSub = new SimpleObjectProperty<>();
    final ObjectProperty<Person> lead = new SimpleObjectProperty<>();
    final ObservableList<Unit> coordinators = FXCollections.observableArrayList();
    final ObjectProperty<LocalDate> deadline = new SimpleObjectProperty<>();
    ActionStatus status = ActionStatus.NOT_STARTED;

    ActionRow(UUID id) {
        this.id = id;
        // one owner only: picking a unit clears the sub-committee and the other way round
        ownerUnit.addListener((o, a, b) -> {
            if (b != null) {
                ownerSub.set(null);
            }
        });
        ownerSub.addListener((o, a, b) -> {
            if (b != null) {
                ownerUnit.set(null);
            }
        });
    }

    ActionItem toRecord(UUID meetingId, UUID directiveId, int position, LocalDate meetingDate) {
        MeetingRules.require(MeetingRules.title(title.get()));
        MeetingRules.require(MeetingRules.deadline(deadline.get(), meetingDate));
        return new ActionItem(id, title.get(), meetingId, directiveId, null,
                ownerUnit.get() == null ? null : ownerUnit.get().id(),
                ownerSub.get() == null ? null : ownerSub.get().id(), lead.get() == null ? null : lead.get().id(),
                coordinators.stream().map(Unit::id).toList(), deadline.get(), status, position);
    }

    Observable[] observables() {
        return new Observable[] {title, ownerUnit, ownerSub, lead, coordinators, deadline};
    }
}
