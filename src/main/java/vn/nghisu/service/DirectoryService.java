package vn.nghisu.service;

import java.text.Collator;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import vn.nghisu.domain.ListItem;
import vn.nghisu.domain.ListKind;
import vn.nghisu.domain.Person;
import vn.nghisu.domain.SubCommittee;
import vn.nghisu.domain.Texts;
import vn.nghisu.domain.Unit;
import vn.nghisu.domain.Validation;
import vn.nghisu.domain.WorkingGroup;
import vn.nghisu.store.Database;
import vn.nghisu.store.ReferenceMerge;

/** Units, persons, working groups, sub-committees and editable lists: reads in Vietnamese order, writes, merges. */
public final class DirectoryService {
    private static final Collator VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi-VN"));
    private final Database db;

    public DirectoryService(Database db) {
        this.db = db;
    }

    public static Comparator<String> vietnameseOrder() {
        return (a, b) -> VIETNAMESE.compare(a == null ? "" : a, b == null ? "" : b);
    }

    /** Type-ahead match: "to chuc" finds "Tổ chức", "d" finds "Đ"; an empty query matches everything. */
    public static boolean matches(String text, String query) {
        return Texts.foldKey(text).contains(Texts.foldKey(query));
    }

    private static <T> List<T> sorted(List<T> rows, Function<T, String> name) {
        return rows.stream().sorted(Comparator.comparing(name, vietnameseOrder())).toList();
    }

    public List<Unit> units() {
        return sorted(db.repositories().units().findAll(), Unit::name);
    }

    public List<Person> persons() {
        return sorted(db.repositories().persons().findAll(), Person::fullName);
    }

    public List<WorkingGroup> groups() {
        return sorted(db.repositories().groups().findAll(), WorkingGroup::name);
    }

    public List<SubCommittee> subCommittees() {
        return sorted(db.repositories().subCommittees().findAll(), SubCommittee::name);
    }

    public List<ListItem> list(ListKind kind) {
        return sorted(db.repositories().lists().findAll(kind), ListItem::name);
    }

    public DirectoryData load() {
        Map<ListKind, List<ListItem>> lists = new EnumMap<>(ListKind.class);
        for (ListKind kind : ListKind.values()) {
            lists.put(kind, list(kind));
        }
        return new DirectoryData(units(), persons(), groups(), subCommittees(), lists);
    }

    /** Saves the unit unless its parent would make it its own ancestor. */
    public void save(Unit unit) {
        db.inTransaction(r -> {
            Validation.require(!UnitHierarchy.makesCycle(unit, r.units().findAll()), "directory.error.parentCycle");
            r.units().save(unit);
            return null;
        });
    }

    public void save(Person person) {
        db.repositories().persons().save(person);
    }

    public void save(WorkingGroup group) {
        db.repositories().groups().save(group);
    }

    public void save(SubCommittee subCommittee) {
        db.repositories().subCommittees().save(subCommittee);
    }

    public void save(ListItem item) {
        db.repositories().lists().save(item);
    }

    /** Soft-deletes any directory entry (unit, person, group, sub-committee, list item); undone by restore. */
    public void delete(Object entry) {
        DirectoryEntries.delete(db.repositories(), entry);
    }

    public void restore(Object entry) {
        DirectoryEntries.restore(db.repositories(), entry);
    }

    /** Repoints every reference to the duplicate unit onto the survivor and soft-deletes the duplicate. */
    public int mergeUnits(Unit survivor, Unit duplicate) {
        return ReferenceMerge.over(db).mergeUnits(survivor.id(), duplicate.id());
    }

    public int mergePersons(Person survivor, Person duplicate) {
        return ReferenceMerge.over(db).mergePersons(survivor.id(), duplicate.id());
    }
}
