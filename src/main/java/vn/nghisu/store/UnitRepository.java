package vn.nghisu.store;

import static vn.nghisu.store.generated.Tables.UNIT;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import vn.nghisu.domain.Unit;
import vn.nghisu.domain.UnitLevel;
import vn.nghisu.store.generated.tables.records.UnitRecord;

/** Đơn vị rows. */
public final class UnitRepository {
    private final DSLContext dsl;

    public UnitRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    static Unit toUnit(UnitRecord r) {
        return new Unit(r.getId(), r.getName(), r.getShortName(), r.getKindId(), UnitLevel.valueOf(r.getUnitLevel()),
                r.getParentId());
    }

    public List<Unit> findAll() {
        return dsl.selectFrom(UNIT).where(UNIT.DELETED_AT.isNull()).fetch(UnitRepository::toUnit);
    }

    /** Deleted ones too: what was printed under a unit's name keeps that name after the unit is deleted. */
    public List<Unit> findAllIncludingDeleted() {
        return dsl.selectFrom(UNIT).fetch(UnitRepository::toUnit);
    }

    public Optional<Unit> find(UUID id) {
        return dsl.selectFrom(UNIT).where(UNIT.ID.eq(id)).and(UNIT.DELETED_AT.isNull()).fetchOptional(UnitRepository::toUnit);
    }

    public void save(Unit unit) {
        Rows.save(dsl, UNIT, unit.id(), new Values()
                .put(UNIT.NAME, unit.name())
                .put(UNIT.SHORT_NAME, unit.shortName())
                .put(UNIT.KIND_ID, unit.kindId())
                .put(UNIT.UNIT_LEVEL, unit.level().name())
                .put(UNIT.PARENT_ID, unit.parentId()));
    }

    public boolean delete(UUID id) {
        return Rows.softDelete(dsl, UNIT, id);
    }

    public boolean restore(UUID id) {
        return Rows.restore(dsl, UNIT, id);
    }
}
