package vn.nghisu.service.minutes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.nghisu.domain.ListItem;
import vn.nghisu.domain.ListKind;
import vn.nghisu.domain.Person;
import vn.nghisu.domain.SubCommittee;
import vn.nghisu.domain.Unit;
import vn.nghisu.store.Repositories;

/** The names the minutes print for the ids a meeting holds: units, persons, sub-committees, issue categories. */
public record NameBook(Map<UUID, Unit> units, Map<UUID, Person> persons, Map<UUID, String> subCommittees,
                       Map<UUID, String> categories) {

    public NameBook {
        units = Map.copyOf(units);
        persons = Map.copyOf(persons);
        subCommittees = Map.copyOf(subCommittees);
        categories = Map.copyOf(categories);
    }

    /**
     * Every name the directory ever held, deleted records included: minutes already printed with a unit's name print
     * it again after the unit is deleted from the directory (or merged into another).
     */
    public static NameBook of(Repositories r) {
        Map<UUID, Unit> units = new HashMap<>();
        r.units().findAllIncludingDeleted().forEach(u -> units.put(u.id(), u));
        Map<UUID, Person> persons = new HashMap<>();
        r.persons().findAllIncludingDeleted().forEach(p -> persons.put(p.id(), p));
        Map<UUID, String> subCommittees = new HashMap<>();
        r.subCommittees().findAllIncludingDeleted().forEach((SubCommittee sc) -> subCommittees.put(sc.id(), sc.name()));
        return new NameBook(units, persons, subCommittees, names(r.lists().findAllIncludingDeleted(ListKind.ISSUE_CATEGORY)));
    }

    private static Map<UUID, String> names(List<ListItem> items) {
        Map<UUID, String> byId = new HashMap<>();
        items.forEach(i -> byId.put(i.id(), i.name()));
        return byId;
    }

    public String unit(UUID id) {
        Unit unit = id == null ? null : units.get(id);
        return unit == null ? "" : unit.name();
    }

    public String person(UUID id) {
        Person person = id == null ? null : persons.get(id);
        return person == null ? "" : person.fullName();
    }

    public String title(UUID personId) {
        Person person = personId == null ? null : persons.get(personId);
        return person == null || person.positionTitle() == null ? "" : person.positionTitle();
    }

    /** Position title with the unit, e.g. "Phó Chủ tịch, Ủy ban MTTQ tỉnh", unless the title already names it. */
    public String titleWithUnit(UUID personId) {
        Person person = personId == null ? null : persons.get(personId);
        if (person == null) {
            return "";
        }
        String title = title(personId);
        String unit = unit(person.unitId());
        if (unit.isBlank() || title.contains(unit)) {
            return title;
        }
        return title.isBlank() ? unit : title + ", " + unit;
    }

    public String subCommittee(UUID id) {
        return id == null ? "" : subCommittees.getOrDefault(id, "");
    }

    public String category(UUID id) {
        return id == null ? "" : categories.getOrDefault(id, "");
    }
}
