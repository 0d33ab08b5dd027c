package vn.nghisu.ui.meeting;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.nghisu.domain.ListItem;
import vn.nghisu.domain.Person;
import vn.nghisu.domain.SubCommittee;
import vn.nghisu.domain.Unit;
import vn.nghisu.domain.WorkingGroup;
import vn.nghisu.service.EditorData;

/** The records the editor's pickers offer, kept as observable lists so records created inline appear at once. */
public final class EditorRefs {
    final ObservableList<Unit> units = FXCollections.observableArrayList();
    final ObservableList<Person> persons = FXCollections.observableArrayList();
    final ObservableList<WorkingGroup> groups = FXCollections.observableArrayList();
    final ObservableList<SubCommittee> subCommittees = FXCollections.observableArrayList();
    final ObservableList<ListItem> meetingKinds = FXCollections.observableArrayList();
    final ObservableList<ListItem> categories = FXCollections.observableArrayList();

    void setAll(EditorData d) {
        units.setAll(d.units());
        persons.setAll(d.persons());
        groups.setAll(d.groups());
        subCommittees.setAll(d.subCommittees());
        meetingKinds.setAll(d.meetingKinds());
        categories.setAll(d.issueCategories());
    }

    /** Adds what another user created meanwhile, leaving the records the pickers show as they are. */
    void addMissing(EditorData d) {
        addMissing(units, d.units(), Unit::id);
        addMissing(persons, d.persons(), Person::id);
        addMissing(groups, d.groups(), WorkingGroup::id);
        addMissing(subCommittees, d.subCommittees(), SubCommittee::id);
        addMissing(meetingKinds, d.meetingKinds(), ListItem::id);
        addMissing(categories, d.issueCategories(), ListItem::id);
    }

    private static <T> void addMissing(List<T> known, List<T> stored, Function<T, UUID> key) {
        stored.stream().filter(s -> find(known, key, key.apply(s)) == null).forEach(known::add);
    }

    Unit unit(UUID id) {
        return find(units, Unit::id, id);
    }

    Person person(UUID id) {
        return find(persons, Person::id, id);
    }

    static <T> T find(List<T> items, Function<T, UUID> key, UUID id) {
        return id == null ? null : items.stream().filter(i -> id.equals(key.apply(i))).findFirst().orElse(null);
    }
}
