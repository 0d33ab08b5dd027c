package vn.nghisu.store;

import java.util.HashMap;
import java.util.Map;
import org.jooq.Field;

/** Typed column values for a write; unlike Map.of it takes nulls, which clear a column. */
final class Values {
    private final Map<Field<?>, Object> map = new HashMap<>();

    <T> Values put(Field<T> field, T value) {
        map.put(field, value);
        return this;
    }

    Map<Field<?>, Object> map() {
        return map;
    }
}
