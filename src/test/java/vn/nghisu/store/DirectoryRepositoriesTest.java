package vn.nghisu.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.nghisu.domain.ListItem;
import vn.nghisu.domain.ListKind;
import vn.nghisu.domain.Person;
import vn.nghisu.domain.SubCommittee;
import vn.nghisu.domain.Unit;
import vn.nghisu.domain.UnitLevel;
import vn.nghisu.domain.WorkingGroup;

class DirectoryRepositoriesTest extends StoreTestBase {

    @ParameterizedTest
    @ValueSource(strings = {"Ủy ban MTTQ huyện Lâm Bình", "Hội Liên hiệp Phụ nữ tỉnh", "UBND xã Thượng Lâm",
        "Huyện ủy Lâm Bình"})
    void unitNameRoundTripsByteExact(String name) {
        Unit unit = new Unit(null, name, "MTTQ", null, UnitLevel.HUYEN, null);
        repos.units().save(unit);
        reopen();
        Unit read = repos.units().find(unit.id()).orElseThrow();
        assertArrayEquals(name.getBytes(StandardCharsets.UTF_8), read.name().getBytes(StandardCharsets.UTF_8));
        assertEquals(UnitLevel.HUYEN, read.level());
    }

    @Test
    void nfdInputIsStoredAsNfc() {
        Person p = new Person(null, nfd("Đặng Thị Ngọc Ánh"), nfd("Trưởng ban Gia đình - Xã hội"), null);
        repos.persons().save(p);
        reopen();
        String stored = db.dsl().fetchValue("SELECT full_name FROM person WHERE id = ?", p.id()).toString();
        assertEquals("Đặng Thị Ngọc Ánh", stored);
        assertEquals("Trưởng ban Gia đình - Xã hội", repos.persons().find(p.id()).orElseThrow().positionTitle());
    }

    @Test
    void unitUpdateThenSoftDeleteHidesItButKeepsTheRow() {
        Unit unit = new Unit(null, "Tỉnh đoàn", null, null, UnitLevel.TINH, null);
        repos.units().save(unit);
        repos.units().save(new Unit(unit.id(), "Tỉnh đoàn Tuyên Quang", "TĐ", null, UnitLevel.TINH, null));
        assertEquals("Tỉnh đoàn Tuyên Quang", repos.units().find(unit.id()).orElseThrow().name());
        assertTrue(repos.units().delete(unit.id()));
        assertTrue(repos.units().find(unit.id()).isEmpty());
        assertEquals(1, db.dsl().fetchCount(db.dsl().selectFrom("unit")));
        repos.units().restore(unit.id());
        assertTrue(repos.units().find(unit.id()).isPresent());
    }

    @Test
    void personCrudByUnit() {
        Unit unit = new Unit(null, "Hội Nông dân tỉnh", null, null, UnitLevel.TINH, null);
        repos.units().save(unit);
        Person p = new Person(null, "Lý Văn Sơn", "Phó Chủ tịch", unit.id());
        repos.persons().save(p);
        repos.persons().save(new Person(p.id(), "Lý Văn Sơn", "Chủ tịch", unit.id()));
        assertEquals(List.of(new Person(p.id(), "Lý Văn Sơn", "Chủ tịch", unit.id())), repos.persons().findByUnit(unit.id()));
        repos.persons().delete(p.id());
        assertTrue(repos.persons().findByUnit(unit.id()).isEmpty());
    }

    @Test
    void workingGroupMembersFollowTheRecord() {
        Unit a = new Unit(null, "Ủy ban MTTQ tỉnh", null, null, UnitLevel.TINH, null);
        Unit b = new Unit(null, "Hội Cựu chiến binh tỉnh", null, null, UnitLevel.TINH, null);
        repos.units().save(a);
        repos.units().save(b);
        Person leader = new Person(null, "Nguyễn Thị Hà", null, a.id());
        repos.persons().save(leader);
        WorkingGroup g = new WorkingGroup(null, "Đoàn công tác số 3", "Quyết định số 45-QĐ/MTTQ-BTT", leader.id(),
                List.of(a.id(), b.id()), List.of(leader.id()));
        repos.groups().save(g);
        repos.groups().save(new WorkingGroup(g.id(), g.name(), g.foundingDecision(), leader.id(), List.of(b.id()),
                List.of(leader.id())));
        reopen();
        WorkingGroup read = repos.groups().find(g.id()).orElseThrow();
        assertEquals(List.of(b.id()), read.unitIds());
        assertEquals("Quyết định số 45-QĐ/MTTQ-BTT", read.foundingDecision());
        repos.groups().delete(g.id());
        assertTrue(repos.groups().find(g.id()).isEmpty());
    }

    @Test
    void editableListsHaveVietnameseDefaultsAndAcceptNewEntries() {
        List<String> categories = repos.lists().findAll(ListKind.ISSUE_CATEGORY).stream().map(ListItem::name).toList();
        assertEquals(List.of("Cách thức tổ chức thực hiện", "Chế độ chính sách", "Đánh giá cán bộ",
                "Sắp xếp vị trí việc làm", "Công tác tài chính", "Giao biên chế", "Tên gọi mô hình"), categories);
        ListItem added = new ListItem(null, ListKind.MEETING_KIND, nfd("Hội nghị trực tuyến"), 9);
        repos.lists().save(added);
        assertTrue(repos.lists().findAll(ListKind.MEETING_KIND).contains(added));
        repos.lists().delete(ListKind.MEETING_KIND, added.id());
        assertTrue(repos.lists().findAll(ListKind.MEETING_KIND).stream().noneMatch(i -> i.id().equals(added.id())));
    }

    @Test
    void subCommitteesHaveDefaultsAndCrud() {
        assertEquals(4, repos.subCommittees().findAll().size());
        SubCommittee sc = new SubCommittee(null, "Tiểu ban Văn kiện", null, 5);
        repos.subCommittees().save(sc);
        assertTrue(repos.subCommittees().findAll().contains(sc));
        repos.subCommittees().delete(sc.id());
        assertEquals(4, repos.subCommittees().findAll().size());
    }
}
