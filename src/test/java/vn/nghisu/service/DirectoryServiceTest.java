package vn.nghisu.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.nghisu.domain.ListItem;
import vn.nghisu.domain.ListKind;
import vn.nghisu.domain.Person;
import vn.nghisu.domain.SubCommittee;
import vn.nghisu.domain.Unit;
import vn.nghisu.domain.UnitLevel;
import vn.nghisu.domain.ValidationException;
import vn.nghisu.domain.WorkingGroup;
import vn.nghisu.store.Database;
import vn.nghisu.store.DatabaseConfig;

/** The directory service on a real H2 file: Vietnamese order, diacritic-blind matching, undo, parent rules, merge. */
class DirectoryServiceTest {
    @TempDir
    Path dir;
    Database db;
    DirectoryService service;

    @BeforeEach
    void open() {
        db = Database.open(DatabaseConfig.embedded(dir));
        service = new DirectoryService(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Ánh, Anh, Bình, Đức, Dũng|Anh, Ánh, Bình, Dũng, Đức",
        "Ủy ban, Uông, Ưng, Út|Uông, Út, Ủy ban, Ưng",
        "Ơn, Ôn, On, Ốc|On, Ốc, Ôn, Ơn",
        "đào, Dân, Đảng, dung|Dân, dung, Đảng, đào"})
    void personsAreListedInVietnameseOrder(String given, String expected) {
        for (String name : given.split(", ")) {
            service.save(new Person(null, Normalizer.normalize(name, Normalizer.Form.NFD), null, null));
        }
        List<String> names = service.persons().stream().map(Person::fullName).toList();
        assertEquals(Arrays.asList(expected.split(", ")), names);
        assertTrue(names.stream().allMatch(n -> Normalizer.isNormalized(n, Normalizer.Form.NFC)), "stored NFC");
    }

    @ParameterizedTest
    @CsvSource({"Ban Tổ chức Tỉnh ủy, to chuc", "Đảng ủy xã, d", "Đảng ủy xã, DANG UY", "Ủy ban MTTQ, ủy ban  mttq",
        "Nguyễn Thị Hường, huong"})
    void filterIgnoresDiacriticsAndCase(String text, String query) {
        assertTrue(DirectoryService.matches(text, query));
    }

    @ParameterizedTest
    @CsvSource({"Ban Tổ chức Tỉnh ủy, to chuc x", "Đảng ủy xã, b", "Hội Nông dân, hoi phu nu"})
    void filterRejectsWhatIsNotThere(String text, String query) {
        assertFalse(DirectoryService.matches(text, query));
    }

    @Test
    void deleteThenRestoreBringsEveryKindOfEntryBack() {
        Unit unit = new Unit(null, "Hội Nông dân tỉnh", null, null, UnitLevel.TINH, null);
        Person person = new Person(null, "Hoàng Văn Dũng", null, unit.id());
        WorkingGroup group = new WorkingGroup(null, "Tổ công tác số 2", null, null, List.of(unit.id()), List.of());
        SubCommittee sub = new SubCommittee(null, "Tiểu ban Văn kiện", null, 9);
        ListItem kind = new ListItem(null, ListKind.ISSUE_CATEGORY, "Đất đai", 9);
        service.save(unit);
        service.save(person);
        service.save(group);
        service.save(sub);
        service.save(kind);
        DirectoryData before = service.load();
        for (Object entry : List.of(unit, person, group, sub, kind)) {
            service.delete(entry);
        }
        DirectoryData deleted = service.load();
        assertFalse(deleted.units().contains(unit) || deleted.persons().contains(person)
                || deleted.groups().contains(group) || deleted.subCommittees().contains(sub)
                || deleted.list(ListKind.ISSUE_CATEGORY).contains(kind));
        for (Object entry : List.of(unit, person, group, sub, kind)) {
            service.restore(entry);
        }
        assertEquals(before, service.load());
    }

    @Test
    void aUnitCannotBecomeItsOwnAncestor() {
        Unit top = new Unit(null, "Tỉnh ủy", null, null, UnitLevel.TINH, null);
        Unit middle = new Unit(null, "Huyện ủy", null, null, UnitLevel.HUYEN, top.id());
        Unit bottom = new Unit(null, "Đảng ủy xã", null, null, UnitLevel.XA, middle.id());
        List.of(top, middle, bottom).forEach(service::save);
        Unit cycle = new Unit(top.id(), top.name(), null, null, UnitLevel.TINH, bottom.id());
        assertEquals("directory.error.parentCycle", assertThrows(ValidationException.class,
                () -> service.save(cycle)).key());
        assertEquals(null, service.units().stream().filter(u -> u.id().equals(top.id())).findFirst()
                .orElseThrow().parentId(), "data untouched");
    }

    @Test
    void mergingPersonsThroughTheServiceKeepsTheSurvivorOnly() {
        Person a = new Person(null, "Lê Văn Bình", "Phó Chủ tịch", null);
        Person b = new Person(null, "Lê Văn Bình", null, null);
        service.save(a);
        service.save(b);
        WorkingGroup group = new WorkingGroup(null, "Đoàn công tác", null, b.id(), List.of(), List.of(b.id()));
        service.save(group);
        service.mergePersons(a, b);
        assertEquals(List.of(a), service.persons());
        assertEquals(List.of(a.id()), service.groups().get(0).personIds());
        assertEquals(a.id(), service.groups().get(0).leaderId());
    }
}
