package vn.nghisu.minutes;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.function.UnaryOperator;

/** Rebuilds a tree of records with every String passed through a function, e.g. to feed NFD text in. */
final class RecordStrings {

    private RecordStrings() {
    }

    @SuppressWarnings("unchecked")
    static <T> T map(T value, UnaryOperator<String> change) {
        return (T) mapAny(value, change);
    }

    private static Object mapAny(Object value, UnaryOperator<String> change) {
        if (value instanceof String text) {
            return change.apply(text);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(item -> mapAny(item, change)).toList();
        }
        if (value instanceof Record record) {
            return rebuild(record, change);
        }
        return value;
    }

    private static Object rebuild(Record record, UnaryOperator<String> change) {
        try {
            RecordComponent[] components = record.getClass().getRecordComponents();
            Class<?>[] types = new Class<?>[components.length];
            Object[] values = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                values[i] = mapAny(components[i].getAccessor().invoke(record), change);
            }
            Constructor<?> constructor = record.getClass().getDeclaredConstructor(types);
            return constructor.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
