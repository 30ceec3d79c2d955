package org.haven.archive;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The facts about one subject, by attribute; an attribute with no fact is unknown. */
public final class Facts {

    private static final Facts NONE = new Facts(Map.of());

    private final Map<Attribute<?>, List<Fact<?>>> byAttribute;

    private Facts(Map<Attribute<?>, List<Fact<?>>> byAttribute) {
        this.byAttribute = byAttribute;
    }

    public static Facts none() {
        return NONE;
    }

    public static Builder builder(Attribute.Subject subject) {
        return new Builder(subject);
    }

    /** The fact of a single-valued attribute, or an unknown fact. */
    @SuppressWarnings("unchecked")
    public <T> Fact<T> one(Attribute<T> attribute) {
        if (attribute.multiple()) {
            throw new IllegalArgumentException(attribute + " holds several facts: use all()");
        }
        List<Fact<?>> facts = byAttribute.getOrDefault(attribute, List.of());
        return facts.isEmpty() ? Fact.unknown() : (Fact<T>) facts.getFirst();
    }

    /** The facts of an attribute in the order they were recorded; empty where the sources are silent. */
    @SuppressWarnings("unchecked")
    public <T> List<Fact<T>> all(Attribute<T> attribute) {
        return (List<Fact<T>>) (List<?>) byAttribute.getOrDefault(attribute, List.of());
    }

    /** Every recorded fact, by attribute, in attribute order. */
    public Map<Attribute<?>, List<Fact<?>>> asMap() {
        return byAttribute;
    }

    public boolean isEmpty() {
        return byAttribute.isEmpty();
    }

    /** Collects facts, refusing a second fact for a single-valued attribute or one about another subject. */
    public static final class Builder {

        private final Attribute.Subject subject;
        private final Map<Attribute<?>, List<Fact<?>>> facts = new LinkedHashMap<>();

        private Builder(Attribute.Subject subject) {
            this.subject = subject;
        }

        public <T> Builder add(Attribute<T> attribute, Fact<T> fact) {
            if (attribute.subject() != subject) {
                throw new IllegalArgumentException(
                        attribute + " describes a " + attribute.subject().name().toLowerCase() + ", not a "
                                + subject.name().toLowerCase());
            }
            if (!fact.known()) {
                return this;
            }
            Object value = fact.value();
            if (!attribute.type().isInstance(value)) {
                throw new IllegalArgumentException(
                        attribute + " takes " + attribute.type().getSimpleName());
            }
            List<Fact<?>> list = facts.computeIfAbsent(attribute, a -> new ArrayList<>());
            if (!attribute.multiple() && !list.isEmpty()) {
                throw new IllegalArgumentException(attribute + " holds one fact, and it is already given");
            }
            if (list.stream().anyMatch(f -> f.is(value))) {
                throw new IllegalArgumentException(attribute + ": '" + value + "' is given twice");
            }
            list.add(fact);
            return this;
        }

        public Facts build() {
            Map<Attribute<?>, List<Fact<?>>> ordered = new LinkedHashMap<>();
            Attribute.all().forEach(a -> {
                List<Fact<?>> list = facts.get(a);
                if (list != null) {
                    ordered.put(a, List.copyOf(list));
                }
            });
            return ordered.isEmpty() ? NONE : new Facts(Collections.unmodifiableMap(ordered));
        }
    }
}
