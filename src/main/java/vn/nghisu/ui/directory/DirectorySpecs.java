package vn.nghisu.ui.directory;

import java.util.List;
import vn.nghisu.domain.ListItem;
import vn.nghisu.domain.ListKind;
import vn.nghisu.domain.Person;
import vn.nghisu.domain.SubCommittee;
import vn.nghisu.domain.Unit;
import vn.nghisu.domain.WorkingGroup;
import vn.nghisu.service.DirectoryService;
import vn.nghisu.ui.Columns;
import vn.nghisu.ui.Messages;

/** The tabs of Danh bạ described as {@link EntrySpec}s: columns, forms, saves and merges per kind of entry. */
final class DirectorySpecs {
    private final Messages m;
    private final DirectoryService service;
    private final DirectoryNames names;

    DirectorySpecs(Messages m, DirectoryService service, DirectoryNames names) {
        this.m = m;
        this.service = service;
        this.names = names;
    }

    EntrySpec<Unit> units() {
        return new EntrySpec<>("units", d -> d.units(), Unit::id, Unit::name,
                u -> u.name() + " " + (u.shortName() == null ? "" : u.shortName()),
                (w, d, u) -> new UnitForm(w, m, d, u), service::save, service::mergeUnits, List.of(
                        Columns.text(m.get("directory.col.name"), 340, Unit::name),
                        Columns.text(m.get("directory.col.shortName"), 110, Unit::shortName),
                        Columns.text(m.get("directory.col.kind"), 110, u -> names.of(u.kindId())),
                        Columns.text(m.get("directory.col.level"), 90, u -> m.label("unit.level", u.level())),
                        Columns.text(m.get("directory.col.parent"), 240, u -> names.of(u.parentId()))));
    }

    EntrySpec<Person> persons() {
        return new EntrySpec<>("persons", d -> d.persons(), Person::id, Person::fullName,
                p -> p.fullName() + " " + names.of(p.unitId()),
                (w, d, p) -> new PersonForm(w, m, d, p), service::save, service::mergePersons, List.of(
                        Columns.text(m.get("directory.col.fullName"), 200, Person::fullName),
                        Columns.text(m.get("directory.col.position"), 380, Person::positionTitle),
                        Columns.text(m.get("directory.col.unit"), 260, p -> names.of(p.unitId()))));
    }

    EntrySpec<WorkingGroup> groups() {
        return new EntrySpec<>("groups", d -> d.groups(), WorkingGroup::id, WorkingGroup::name, WorkingGroup::name,
                (w, d, g) -> new GroupForm(w, m, d, g), service::save, null, List.of(
                        Columns.text(m.get("directory.col.name"), 260, WorkingGroup::name),
                        Columns.text(m.get("directory.col.decision"), 180, WorkingGroup::foundingDecision),
                        Columns.text(m.get("directory.col.leader"), 180, g -> names.of(g.leaderId())),
                        Columns.text(m.get("directory.col.memberUnits"), 300, g -> names.join(g.unitIds()))));
    }

    EntrySpec<SubCommittee> subCommittees() {
        return new EntrySpec<>("subcommittees", d -> d.subCommittees(), SubCommittee::id, SubCommittee::name,
                SubCommittee::name, (w, d, s) -> new SubCommitteeForm(w, m, d, s), service::save, null, List.of(
                        Columns.text(m.get("directory.col.name"), 400, SubCommittee::name),
                        Columns.text(m.get("directory.col.group"), 300, s -> names.of(s.workingGroupId()))));
    }

    EntrySpec<ListItem> list(ListKind kind) {
        String id = "list-" + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        return new EntrySpec<>(id, d -> d.list(kind), ListItem::id, ListItem::name, ListItem::name,
                (w, d, i) -> new ListItemForm(w, m, d, kind, i), service::save, null,
                List.of(Columns.text(m.get("directory.col.name"), 500, ListItem::name)));
    }
}
