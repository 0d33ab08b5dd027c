package vn.nghisu.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.nghisu.store.generated.Tables.ATTENDANCE;
import static vn.nghisu.store.generated.Tables.PERSON;
import static vn.nghisu.store.generated.Tables.UNIT;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jooq.ForeignKey;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.nghisu.domain.ActionItem;
import vn.nghisu.domain.ActionPlan;
import vn.nghisu.domain.AgendaItem;
import vn.nghisu.domain.Attendance;
import vn.nghisu.domain.Issue;
import vn.nghisu.domain.Meeting;
import vn.nghisu.domain.Person;
import vn.nghisu.domain.Presence;
import vn.nghisu.domain.Statement;
import vn.nghisu.domain.Unit;
import vn.nghisu.domain.UnitLevel;
import vn.nghisu.domain.ValidationException;
import vn.nghisu.domain.WorkingGroup;
import vn.nghisu.store.generated.DefaultSchema;

/** Merging duplicates on a real H2 file: every reference moves, twins collapse, and a failure changes nothing. */
class ReferenceMergeTest extends StoreTestBase {
    final Unit province = new Unit(null, "Tỉnh ủy Tuyên Quang", null, null, UnitLevel.TINH, null);
    final Unit keep = new Unit(null, "Ban Tổ chức Huyện ủy Lâm Bình", "BTC", null, UnitLevel.HUYEN, province.id());
    final Unit dup = new Unit(null, "Ban Tổ chức Huyện uỷ Lâm Bình", null, null, UnitLevel.HUYEN, province.id());
    final Unit child = new Unit(null, "Chi bộ cơ quan", null, null, UnitLevel.XA, dup.id());
    final Person keeper = new Person(null, "Nguyễn Văn Ánh", "Trưởng ban", keep.id());
    final Person twin = new Person(null, "Nguyễn Văn Ánh ", "Trưởng Ban Tổ chức", dup.id());
    final Meeting meeting = new Meeting(null, "Buổi làm việc", null, LocalDate.of(2025, 3, 4), null, null, "Lâm Bình",
            dup.id(), null, twin.id(), twin.id(), null, null);
    final WorkingGroup group = new WorkingGroup(null, "Tổ công tác số 1", null, twin.id(), List.of(keep.id(), dup.id()),
            List.of(keeper.id(), twin.id()));
    final ActionItem item = new ActionItem(null, "Rà soát biên chế", meeting.id(), null, null, dup.id(), null, twin.id(),
            List.of(dup.id(), keep.id()), null, null, 0);

    @BeforeEach
    void fill() {
        List.of(province, keep, dup, child).forEach(repos.units()::save);
        List.of(keeper, twin).forEach(repos.persons()::save);
        repos.groups().save(group);
        repos.meetings().save(meeting);
        repos.parts().save(new Attendance(null, meeting.id(), dup.id(), twin.id(), Presence.PRESENT, null, 0));
        repos.parts().save(new Attendance(null, meeting.id(), keep.id(), keeper.id(), Presence.PRESENT, null, 1));
        AgendaItem agenda = new AgendaItem(null, meeting.id(), 0, "Báo cáo", twin.id(), 10, null, null, null);
        repos.parts().save(agenda);
        repos.parts().save(new Statement(null, meeting.id(), agenda.id(), twin.id(), 0, "Ý kiến"));
        repos.parts().save(new Statement(null, meeting.id(), agenda.id(), keeper.id(), 1, "Ý kiến khác"));
        repos.issues().save(new Issue(null, meeting.id(), "Thiếu biên chế", null, null, dup.id(), null, null, null, null, 0));
        repos.plans().save(new ActionPlan(null, "Kế hoạch quý II", null, dup.id(), null, null, null));
        repos.actions().save(item);
    }

    private int referencesTo(Table<?> target, UUID id) {
        int count = 0;
        for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            for (ForeignKey<?, ?> fk : table.getReferences()) {
                if (fk.getKey().getTable().equals(target)) {
                    count += db.dsl().fetchCount(table, Rows.field(table, fk.getFields().get(0).getName(), UUID.class).eq(id));
                }
            }
        }
        return count;
    }

    @Test
    void mergingUnitsRepointsEveryReferenceAndDeletesTheDuplicate() {
        assertTrue(referencesTo(UNIT, dup.id()) >= 8);
        ReferenceMerge.over(db).mergeUnits(keep.id(), dup.id());
        reopen();
        assertEquals(0, referencesTo(UNIT, dup.id()));
        assertTrue(repos.units().find(dup.id()).isEmpty());
        assertEquals(keep.id(), repos.persons().find(twin.id()).orElseThrow().unitId());
        assertEquals(keep.id(), repos.units().find(child.id()).orElseThrow().parentId());
        assertEquals(keep.id(), repos.meetings().find(meeting.id()).orElseThrow().hostUnitId());
        assertEquals(keep.id(), repos.issues().findAll().get(0).raisedByUnitId());
        assertEquals(keep.id(), repos.plans().findAll().get(0).ownerUnitId());
        ActionItem moved = repos.actions().find(item.id()).orElseThrow();
        assertEquals(keep.id(), moved.ownerUnitId());
        assertEquals(List.of(keep.id()), moved.coordinatingUnitIds());
        assertEquals(List.of(keep.id()), repos.groups().find(group.id()).orElseThrow().unitIds());
    }

    @Test
    void mergingPersonsRepointsEveryReferenceAndCollapsesTwinMemberships() {
        ReferenceMerge.over(db).mergePersons(keeper.id(), twin.id());
        reopen();
        assertEquals(0, referencesTo(PERSON, twin.id()));
        assertTrue(repos.persons().find(twin.id()).isEmpty());
        Meeting m = repos.meetings().find(meeting.id()).orElseThrow();
        assertEquals(keeper.id(), m.chairId());
        assertEquals(keeper.id(), m.secretaryId());
        WorkingGroup g = repos.groups().find(group.id()).orElseThrow();
        assertEquals(keeper.id(), g.leaderId());
        assertEquals(List.of(keeper.id()), g.personIds());
        assertEquals(keeper.id(), repos.parts().agenda(meeting.id()).get(0).presenterId());
        assertTrue(repos.parts().statements(meeting.id()).stream().allMatch(s -> s.speakerId().equals(keeper.id())));
        assertEquals(2, repos.parts().statements(meeting.id()).size(), "two statements are two, not twins");
        assertEquals(keeper.id(), repos.actions().find(item.id()).orElseThrow().leadPersonId());
        assertTrue(repos.parts().attendance(meeting.id()).stream().allMatch(a -> a.personId().equals(keeper.id())));
    }

    @Test
    void attendanceOfTheSameUnitAndPersonCollapsesToOneRow() {
        ReferenceMerge.over(db).mergeUnits(keep.id(), dup.id());
        ReferenceMerge.over(db).mergePersons(keeper.id(), twin.id());
        assertEquals(1, repos.parts().attendance(meeting.id()).size());
    }

    @Test
    void aFailureHalfwayLeavesEveryReferenceUntouched() {
        int before = referencesTo(PERSON, twin.id());
        // working_group is repointed after attendance, meeting and statement, so this fails mid-merge
        db.dsl().execute("ALTER TABLE working_group ADD CONSTRAINT test_no_keeper CHECK (leader_person_id <> '"
                + keeper.id() + "')");
        assertThrows(DataAccessException.class, () -> ReferenceMerge.over(db).mergePersons(keeper.id(), twin.id()));
        reopen();
        assertEquals(before, referencesTo(PERSON, twin.id()));
        assertEquals(twin.id(), db.dsl().select(ATTENDANCE.PERSON_ID).from(ATTENDANCE)
                .where(ATTENDANCE.UNIT_ID.eq(dup.id())).fetchOne(ATTENDANCE.PERSON_ID));
        assertTrue(repos.persons().find(twin.id()).isPresent());
        assertTrue(repos.groups().find(group.id()).orElseThrow().personIds().contains(twin.id()));
    }

    @Test
    void aSurvivorBelowTheDuplicateMovesUpInsteadOfBecomingItsOwnParent() {
        repos.units().save(new Unit(child.id(), child.name(), null, null, UnitLevel.XA, dup.id()));
        ReferenceMerge.over(db).mergeUnits(child.id(), dup.id());
        assertEquals(province.id(), repos.units().find(child.id()).orElseThrow().parentId());
    }

    @Test
    void mergingARecordIntoItselfOrAMissingOneIsRefused() {
        ReferenceMerge merge = ReferenceMerge.over(db);
        assertEquals("directory.merge.same", assertThrows(ValidationException.class,
                () -> merge.mergeUnits(keep.id(), keep.id())).key());
        repos.units().delete(dup.id());
        assertEquals("directory.merge.missing", assertThrows(ValidationException.class,
                () -> merge.mergeUnits(keep.id(), dup.id())).key());
        assertNull(repos.units().find(dup.id()).orElse(null));
        assertEquals(1, repos.persons().findByUnit(dup.id()).size(), "nothing moved");
    }
}
