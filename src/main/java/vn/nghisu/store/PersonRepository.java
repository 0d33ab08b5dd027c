package vn.nghisu.store;

import static vn.nghisu.store.generated.Tables.PERSON;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import vn.nghisu.domain.Person;
import vn.nghisu.store.generated.tables.records.PersonRecord;

/** Đại biểu, cán bộ rows. */
public final class PersonRepository {
    private final DSLContext dsl;

    public PersonRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    static Person toPerson(PersonRecord r) {
        return new Person(r.getId(), r.getFullName(), r.getPositionTitle(), r.getUnitId());
    }

    public List<Person> findAll() {
        return dsl.selectFrom(PERSON).where(PERSON.DELETED_AT.isNull()).fetch(PersonRepository::toPerson);
    }

    /** Deleted ones too, for the names of past meetings. */
    public List<Person> findAllIncludingDeleted() {
        return dsl.selectFrom(PERSON).fetch(PersonRepository::toPerson);
    }

    public List<Person> findByUnit(UUID unitId) {
        return dsl.selectFrom(PERSON).where(PERSON.UNIT_ID.eq(unitId)).and(PERSON.DELETED_AT.isNull())
                .fetch(PersonRepository::toPerson);
    }

    public Optional<Person> find(UUID id) {
        return dsl.selectFrom(PERSON).where(PERSON.ID.eq(id)).and(PERSON.DELETED_AT.isNull())
                .fetchOptional(PersonRepository::toPerson);
    }

    public void save(Person person) {
        Rows.save(dsl, PERSON, person.id(), new Values()
                .put(PERSON.FULL_NAME, person.fullName())
                .put(PERSON.POSITION_TITLE, person.positionTitle())
                .put(PERSON.UNIT_ID, person.unitId()));
    }

    public boolean delete(UUID id) {
        return Rows.softDelete(dsl, PERSON, id);
    }

    public boolean restore(UUID id) {
        return Rows.restore(dsl, PERSON, id);
    }
}
