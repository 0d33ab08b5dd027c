package vn.nghisu.store;

import static vn.nghisu.store.generated.Tables.SUB_COMMITTEE;

import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import vn.nghisu.domain.SubCommittee;

/** Tiểu ban rows. */
public final class SubCommitteeRepository {
    private final DSLContext dsl;

    public SubCommitteeRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<SubCommittee> findAll() {
        return dsl.selectFrom(SUB_COMMITTEE).where(SUB_COMMITTEE.DELETED_AT.isNull())
                .orderBy(SUB_COMMITTEE.SORT_ORDER, SUB_COMMITTEE.NAME)
                .fetch(r -> new SubCommittee(r.getId(), r.getName(), r.getWorkingGroupId(), r.getSortOrder()));
    }

    /** Deleted ones too, for the names of past meetings. */
    public List<SubCommittee> findAllIncludingDeleted() {
        return dsl.selectFrom(SUB_COMMITTEE)
                .fetch(r -> new SubCommittee(r.getId(), r.getName(), r.getWorkingGroupId(), r.getSortOrder()));
    }

    public void save(SubCommittee sc) {
        Rows.save(dsl, SUB_COMMITTEE, sc.id(), new Values()
                .put(SUB_COMMITTEE.NAME, sc.name())
                .put(SUB_COMMITTEE.WORKING_GROUP_ID, sc.workingGroupId())
                .put(SUB_COMMITTEE.SORT_ORDER, sc.sortOrder()));
    }

    public boolean delete(UUID id) {
        return Rows.softDelete(dsl, SUB_COMMITTEE, id);
    }

    public boolean restore(UUID id) {
        return Rows.restore(dsl, SUB_COMMITTEE, id);
    }
}
