package org.haven.archive;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A named kind of fact about a case or a defector, with the type of its values.
 *
 * <p>One list of attributes drives the data file, the store and the API alike, so a new kind of fact is added
 * in one place. A single-valued attribute holds at most one fact; a multiple one holds a list (reasons,
 * reactions, the names a man went by).
 *
 * @param <T> the type of the attribute's values
 */
public final class Attribute<T> {

    /** The kind of value an attribute holds. */
    public enum Kind {
        TEXT,
        BOOLEAN,
        DATE,
        VOCABULARY
    }

    /** What an attribute describes. */
    public enum Subject {
        CASE,
        DEFECTOR
    }

    private static final Map<String, Attribute<?>> ALL = new LinkedHashMap<>();

    public static final Attribute<Boolean> SUMMARY_IN_APPENDIX =
            bool(Subject.CASE, "summaryInAppendix", "summarised in the study's appendix");

    public static final Attribute<String> NAMES =
            text(Subject.DEFECTOR, "names", "names and spellings the study uses", true);
    public static final Attribute<HistoricalDate> DEFECTED =
            register(new Attribute<>(Subject.DEFECTOR, "defected", "defected", Kind.DATE, HistoricalDate.class, false));
    public static final Attribute<String> SERVICE = text(Subject.DEFECTOR, "service", "service", false);
    public static final Attribute<String> POST_ABROAD = text(Subject.DEFECTOR, "postAbroad", "post abroad", false);
    public static final Attribute<String> POST_COUNTRY =
            text(Subject.DEFECTOR, "postCountry", "country where he served", false);
    public static final Attribute<Boolean> RECALLED_BEFORE_DEFECTION =
            bool(Subject.DEFECTOR, "recalledBeforeDefection", "recalled immediately before defecting");
    public static final Attribute<Boolean> FIRST_VISIT_ABROAD =
            bool(Subject.DEFECTOR, "firstVisitAbroad", "defected on his first visit abroad");
    public static final Attribute<LongTermReason> LONG_TERM_REASONS =
            vocabulary("longTermReasons", "long-term reasons", LongTermReason.class, true);
    public static final Attribute<Stimulus> STIMULI = vocabulary("stimuli", "immediate stimulus", Stimulus.class, true);
    public static final Attribute<String> DEFECTION_CITY =
            text(Subject.DEFECTOR, "defectionCity", "city where he defected", false);
    public static final Attribute<String> DEFECTION_COUNTRY =
            text(Subject.DEFECTOR, "defectionCountry", "country where he defected", false);
    public static final Attribute<String> CHOSEN_RECIPIENT =
            text(Subject.DEFECTOR, "chosenRecipient", "recipient he chose", false);
    public static final Attribute<String> RECEIVED_BY =
            text(Subject.DEFECTOR, "receivedBy", "received in fact by", false);
    public static final Attribute<String> INTERMEDIARIES =
            text(Subject.DEFECTOR, "intermediaries", "intermediaries", true);
    public static final Attribute<Boolean> BROUGHT_DOCUMENTS =
            bool(Subject.DEFECTOR, "broughtDocuments", "brought documents");
    public static final Attribute<ReceptionOutcome> RECEPTION_OUTCOME =
            vocabulary("receptionOutcome", "reception", ReceptionOutcome.class, false);
    public static final Attribute<SovietReaction> SOVIET_REACTIONS =
            vocabulary("sovietReactions", "Soviet reaction", SovietReaction.class, true);
    public static final Attribute<Boolean> FALSE_NAME = bool(Subject.DEFECTOR, "falseName", "lived under a false name");
    public static final Attribute<Boolean> WROTE_MEMOIRS = bool(Subject.DEFECTOR, "wroteMemoirs", "wrote memoirs");
    public static final Attribute<Boolean> PAID_WITH_LIFE =
            bool(Subject.DEFECTOR, "paidWithLife", "paid with his life");
    public static final Attribute<Boolean> EXPLOITED =
            bool(Subject.DEFECTOR, "exploited", "reasonably fully exploited");
    public static final Attribute<String> INFORMATION_GIVEN =
            text(Subject.DEFECTOR, "informationGiven", "information given", true);
    public static final Attribute<String> INFORMATION_VALUE =
            text(Subject.DEFECTOR, "informationValue", "worth of his information, in the study's judgement", false);

    private final Subject subject;
    private final String name;
    private final String label;
    private final Kind kind;
    private final Class<T> type;
    private final boolean multiple;

    private Attribute(Subject subject, String name, String label, Kind kind, Class<T> type, boolean multiple) {
        this.subject = subject;
        this.name = name;
        this.label = label;
        this.kind = kind;
        this.type = type;
        this.multiple = multiple;
    }

    private static <T> Attribute<T> register(Attribute<T> attribute) {
        ALL.put(attribute.name, attribute);
        return attribute;
    }

    private static Attribute<String> text(Subject subject, String name, String label, boolean multiple) {
        return register(new Attribute<>(subject, name, label, Kind.TEXT, String.class, multiple));
    }

    private static Attribute<Boolean> bool(Subject subject, String name, String label) {
        return register(new Attribute<>(subject, name, label, Kind.BOOLEAN, Boolean.class, false));
    }

    private static <E extends Enum<E> & Labelled> Attribute<E> vocabulary(
            String name, String label, Class<E> type, boolean multiple) {
        return register(new Attribute<>(Subject.DEFECTOR, name, label, Kind.VOCABULARY, type, multiple));
    }

    /** Every attribute, in the order a record shows them. */
    public static List<Attribute<?>> all() {
        return List.copyOf(ALL.values());
    }

    /** The attributes that describe the given subject. */
    public static List<Attribute<?>> of(Subject subject) {
        return ALL.values().stream().filter(a -> a.subject == subject).toList();
    }

    public static Optional<Attribute<?>> named(String name) {
        return Optional.ofNullable(ALL.get(name));
    }

    public Subject subject() {
        return subject;
    }

    public String name() {
        return name;
    }

    public String label() {
        return label;
    }

    public Kind kind() {
        return kind;
    }

    public Class<T> type() {
        return type;
    }

    public boolean multiple() {
        return multiple;
    }

    /** The values a vocabulary allows, empty for other kinds. */
    public List<String> vocabulary() {
        T[] constants = type.getEnumConstants();
        return constants == null
                ? List.of()
                : Arrays.stream(constants).map(c -> ((Enum<?>) c).name()).toList();
    }

    /**
     * Reads a value written as text, as in the data file and the store.
     *
     * @throws IllegalArgumentException saying what is wrong and what would be right
     */
    public T parse(String text) {
        String value = text.strip();
        if (value.isEmpty()) {
            throw new IllegalArgumentException(name + ": a value is required");
        }
        return type.cast(
                switch (kind) {
                    case TEXT -> value;
                    case DATE -> HistoricalDate.parse(value);
                    case BOOLEAN -> parseBoolean(value);
                    case VOCABULARY -> parseConstant(value);
                });
    }

    private Boolean parseBoolean(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default ->
                throw new IllegalArgumentException(
                        name + ": '" + value + "' is not true or false (leave the field out where it is unknown)");
        };
    }

    private Object parseConstant(String value) {
        return vocabulary().stream()
                .filter(value::equals)
                .findFirst()
                .map(v -> (Object) Enum.valueOf(type.asSubclass(Enum.class), v))
                .orElseThrow(() -> new IllegalArgumentException(
                        name + ": '" + value + "' is not one of " + String.join(", ", vocabulary())));
    }

    /** Writes a value as text, the inverse of {@link #parse(String)}. */
    public String format(T value) {
        return value instanceof Enum<?> e ? e.name() : value.toString();
    }

    /** A value as a reader would want to see it: labels for vocabularies, dates at their precision. */
    public String display(T value) {
        return switch (value) {
            case Labelled l -> l.label();
            case Boolean b -> b ? "yes" : "no";
            default -> value.toString();
        };
    }

    @Override
    public String toString() {
        return name;
    }
}
