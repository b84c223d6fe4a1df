package org.dossier.spark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a tree of records (the model's {@code AnalysedArticle}, {@code Rejection} and what they
 * hold) into bytes and back, so executors can hand their results to the driver. The model's
 * records are not {@link Serializable} and should not need to be: each record is written as its
 * class and its components, rebuilt through its canonical constructor (so its checks run again);
 * lists, sets, maps and {@link Optional}s are rebuilt as such; any other value must be
 * {@link Serializable} (strings, numbers, enums, {@code java.time} values, arrays).
 */
public final class RecordCodec {
    private RecordCodec() {
    }

    /** A record: its class and its components, encoded. */
    private record RecordForm(String type, Object[] components) implements Serializable {
    }

    private record ListForm(ArrayList<Object> items) implements Serializable {
    }

    private record SetForm(ArrayList<Object> items) implements Serializable {
    }

    private record MapForm(ArrayList<Object> keys, ArrayList<Object> values) implements Serializable {
    }

    /** An Optional; {@code value} is null when empty. */
    private record OptionalForm(Object value) implements Serializable {
    }

    /** The bytes of {@code value}. */
    public static byte[] encode(Object value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(toForm(value));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode a " + value.getClass().getName(), e);
        }
        return bytes.toByteArray();
    }

    /** The value {@link #encode} was given, as a {@code type}. */
    public static <T> T decode(byte[] bytes, Class<T> type) {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return type.cast(fromForm(in.readObject()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot decode a " + type.getName(), e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("cannot decode a " + type.getName() + ": " + e.getMessage(), e);
        }
    }

    private static Object toForm(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof Record r) {
            RecordComponent[] parts = r.getClass().getRecordComponents();
            Object[] values = new Object[parts.length];
            for (int i = 0; i < parts.length; i++) {
                try {
                    values[i] = toForm(parts[i].getAccessor().invoke(r));
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalArgumentException("cannot read " + parts[i].getName() + " of a "
                            + r.getClass().getName() + ": " + e, e);
                }
            }
            return new RecordForm(r.getClass().getName(), values);
        }
        if (v instanceof List<?> l) {
            return new ListForm(forms(l));
        }
        if (v instanceof Set<?> s) {
            return new SetForm(forms(s));
        }
        if (v instanceof Map<?, ?> m) {
            return new MapForm(forms(m.keySet()), forms(m.values()));
        }
        if (v instanceof Optional<?> o) {
            return new OptionalForm(o.map(RecordCodec::toForm).orElse(null));
        }
        if (v instanceof Serializable) {
            return v;
        }
        throw new IllegalArgumentException("cannot encode a " + v.getClass().getName()
                + ": neither a record, a collection, an Optional nor Serializable");
    }

    private static ArrayList<Object> forms(Iterable<?> items) {
        ArrayList<Object> out = new ArrayList<>();
        for (Object o : items) {
            out.add(toForm(o));
        }
        return out;
    }

    private static Object fromForm(Object f) throws ClassNotFoundException {
        return switch (f) {
            case null -> null;
            case RecordForm r -> record(r);
            case ListForm l -> java.util.Collections.unmodifiableList(values(l.items()));
            case SetForm s -> java.util.Collections.unmodifiableSet(new LinkedHashSet<>(values(s.items())));
            case MapForm m -> {
                List<Object> keys = values(m.keys());
                List<Object> vals = values(m.values());
                Map<Object, Object> map = new LinkedHashMap<>();
                for (int i = 0; i < keys.size(); i++) {
                    map.put(keys.get(i), vals.get(i));
                }
                yield java.util.Collections.unmodifiableMap(map);
            }
            case OptionalForm o -> Optional.ofNullable(fromForm(o.value()));
            default -> f;
        };
    }

    private static List<Object> values(List<Object> forms) throws ClassNotFoundException {
        List<Object> out = new ArrayList<>(forms.size());
        for (Object o : forms) {
            out.add(fromForm(o));
        }
        return out;
    }

    private static Object record(RecordForm form) throws ClassNotFoundException {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        Class<?> type = Class.forName(form.type(), true, loader == null ? RecordCodec.class.getClassLoader() : loader);
        RecordComponent[] parts = type.getRecordComponents();
        if (parts == null || parts.length != form.components().length) {
            throw new IllegalStateException(form.type() + " is not the record that was encoded");
        }
        Class<?>[] types = new Class<?>[parts.length];
        Object[] args = new Object[parts.length];
        for (int i = 0; i < parts.length; i++) {
            types[i] = parts[i].getType();
            args[i] = fromForm(form.components()[i]);
        }
        try {
            Constructor<?> canonical = type.getDeclaredConstructor(types);
            return canonical.newInstance(args);
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException e) {
            throw new IllegalStateException("cannot rebuild a " + form.type() + ": " + e, e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("cannot rebuild a " + form.type() + ": " + e.getCause(), e.getCause());
        }
    }
}
