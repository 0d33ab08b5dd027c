package vn.nghisu.service.demo;

import static vn.nghisu.service.demo.ProvinceTexts.pick;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import vn.nghisu.domain.Person;
import vn.nghisu.domain.Unit;
import vn.nghisu.domain.UnitLevel;
import vn.nghisu.domain.WorkingGroup;
import vn.nghisu.store.Database;

/** The province's units, delegates and working groups for the generator, drawn from a seeded random. */
final class ProvinceDirectory {
    private static final int PERSONS_PER_UNIT = 3;
    private static final int GROUPS = 5;
    private final Random rnd;
    private final List<Unit> units = new ArrayList<>();
    private final List<UUID> districtHosts = new ArrayList<>();
    private final List<Person> persons = new ArrayList<>();
    private final List<WorkingGroup> groups = new ArrayList<>();

    ProvinceDirectory(Random rnd) {
        this.rnd = rnd;
        for (String name : ProvinceTexts.PROVINCE_UNITS) {
            units.add(new Unit(uuid(), name, null, null, UnitLevel.TINH, null));
        }
        for (String district : ProvinceTexts.DISTRICTS) {
            for (String kind : ProvinceTexts.DISTRICT_UNITS) {
                Unit u = new Unit(uuid(), kind + " " + district, null, null, UnitLevel.HUYEN, null);
                units.add(u);
                if (kind.equals("Huyện ủy")) {
                    districtHosts.add(u.id());
                }
            }
        }
        for (Unit u : units) {
            for (int i = 0; i < PERSONS_PER_UNIT; i++) {
                String name = pick(rnd, ProvinceTexts.SURNAMES) + " " + pick(rnd, ProvinceTexts.MIDDLE) + " "
                        + pick(rnd, ProvinceTexts.GIVEN);
                persons.add(new Person(uuid(), name, pick(rnd, ProvinceTexts.POSITIONS) + " " + u.name(), u.id()));
            }
        }
        for (int g = 1; g <= GROUPS; g++) {
            groups.add(new WorkingGroup(uuid(), "Tổ công tác số " + g + " của Ban Thường vụ Tỉnh ủy",
                    "Quyết định số " + (100 + g) + "-QĐ/TU", persons.get(g).id(), List.of(), List.of()));
        }
    }

    void write(Database db) {
        db.inTransaction(repos -> {
            units.forEach(repos.units()::save);
            persons.forEach(repos.persons()::save);
            groups.forEach(repos.groups()::save);
            return null;
        });
    }

    private UUID uuid() {
        return uuid(rnd);
    }

    /** A random (version 4 shaped) UUID from the seeded generator, so the same seed gives the same ids. */
    static UUID uuid(Random rnd) {
        return new UUID((rnd.nextLong() & 0xffffffffffff0fffL) | 0x4000L,
                (rnd.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L);
    }

    UUID districtUnit(int district) {
        return districtHosts.get(district);
    }

    UUID unit(Random r) {
        return units.get(r.nextInt(units.size())).id();
    }

    UUID person(Random r) {
        return persons.get(r.nextInt(persons.size())).id();
    }

    UUID group(Random r) {
        return groups.get(r.nextInt(groups.size())).id();
    }

    List<Unit> units() {
        return units;
    }

    List<Person> persons() {
        return persons;
    }
}
