package vn.nghisu.store;

import static vn.nghisu.store.generated.Tables.WORKING_GROUP;
import static vn.nghisu.store.generated.Tables.WORKING_GROUP_PERSON;
import static vn.nghisu.store.generated.Tables.WORKING_GROUP_UNIT;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import vn.nghisu.domain.WorkingGroup;
import vn.nghisu.store.generated.tables.records.WorkingGroupRecord;

/** Tổ công tác with its member units and persons, saved and loaded as one aggregate. */
public final class WorkingGroupRepository {
    private final DSLContext dsl;

    public WorkingGroupRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<WorkingGroup> findAll() {
        Map<UUID, List<UUID>> units = dsl.select(WORKING_GROUP_UNIT.WORKING_GROUP_ID, WORKING_GROUP_UNIT.UNIT_ID)
                .from(WORKING_GROUP_UNIT).where(WORKING_GROUP_UNIT.DELETED_AT.isNull())
                .fetchGroups(WORKING_GROUP_UNIT.WORKING_GROUP_ID, WORKING_GROUP_UNIT.UNIT_ID);
        Map<UUID, List<UUID>> persons = dsl.select(WORKING_GROUP_PERSON.WORKING_GROUP_ID, WORKING_GROUP_PERSON.PERSON_ID)
                .from(WORKING_GROUP_PERSON).where(WORKING_GROUP_PERSON.DELETED_AT.isNull())
                .fetchGroups(WORKING_GROUP_PERSON.WORKING_GROUP_ID, WORKING_GROUP_PERSON.PERSON_ID);
        return dsl.selectFrom(WORKING_GROUP).where(WORKING_GROUP.DELETED_AT.isNull())
                .fetch(r -> toGroup(r, units.get(r.getId()), persons.get(r.getId())));
    }

    public Optional<WorkingGroup> find(UUID id) {
        return findAll().stream().filter(g -> g.id().equals(id)).findFirst();
    }

    private static WorkingGroup toGroup(WorkingGroupRecord r, List<UUID> units, List<UUID> persons) {
        return new WorkingGroup(r.getId(), r.getName(), r.getFoundingDecision(), r.getLeaderPersonId(), units, persons);
    }

    /** Saves the group and makes its member rows match the record: removed members are soft-deleted. */
    public void save(WorkingGroup g) {
        dsl.transaction(tx -> {
            DSLContext t = tx.dsl();
            Rows.save(t, WORKING_GROUP, g.id(), new Values()
                    .put(WORKING_GROUP.NAME, g.name())
                    .put(WORKING_GROUP.FOUNDING_DECISION, g.foundingDecision())
                    .put(WORKING_GROUP.LEADER_PERSON_ID, g.leaderId()));
            Rows.syncLinks(t, WORKING_GROUP_UNIT, WORKING_GROUP_UNIT.WORKING_GROUP_ID, g.id(),
                    WORKING_GROUP_UNIT.UNIT_ID, g.unitIds());
            Rows.syncLinks(t, WORKING_GROUP_PERSON, WORKING_GROUP_PERSON.WORKING_GROUP_ID, g.id(),
                    WORKING_GROUP_PERSON.PERSON_ID, g.personIds());
        });
    }

    public boolean delete(UUID id) {
        return Rows.softDelete(dsl, WORKING_GROUP, id);
    }

    public boolean restore(UUID id) {
        return Rows.restore(dsl, WORKING_GROUP, id);
    }
}
