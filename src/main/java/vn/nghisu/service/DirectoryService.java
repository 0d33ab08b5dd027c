package vn.nghisu.service;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import vn.nghisu.domain.ListItem;
import vn.nghisu.domain.ListKind;
import vn.nghisu.domain.Person;
import vn.nghisu.domain.SubCommittee;
import vn.nghisu.domain.Unit;
import vn.nghisu.domain.WorkingGroup;
import vn.nghisu.store.Database;

/** Units, persons, working groups, sub-committees and editable lists, sorted in Vietnamese order. */
public final class DirectoryService {
    private static final Collator VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi-VN"));
    private final Database db;

    public DirectoryService(Database db) {
        this.db = db;
    }

    public static Comparator<String> vietnameseOrder() {
        return (a, b) -> VIETNAMESE.compare(a == null ? "" : a, b == null ? "" : b);
    }

    public List<Unit> units() {
        return db.repositories().units().findAll().stream()
                .sorted(Comparator.comparing(Unit::name, vietnameseOrder())).toList();
    }

    public List<Person> persons() {
        return db.repositories().persons().findAll().stream()
                .sorted(Comparator.comparing(Person::fullName, vietnameseOrder())).toList();
    }

    public List<WorkingGroup> groups() {
        return db.repositories().groups().findAll().stream()
                .sorted(Comparator.comparing(WorkingGroup::name, vietnameseOrder())).toList();
    }

    public List<SubCommittee> subCommittees() {
        return db.repositories().subCommittees().findAll();
    }

    public List<ListItem> list(ListKind kind) {
        return db.repositories().lists().findAll(kind);
    }

    public void save(Unit unit) {
        db.repositories().units().save(unit);
    }

    public void save(Person person) {
        db.repositories().persons().save(person);
    }
}
