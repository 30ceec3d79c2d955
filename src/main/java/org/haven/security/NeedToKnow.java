package org.haven.security;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.security.core.Authentication;

/**
 * Need-to-know over labelled records. Every decision on a record above {@link Classification#UNCLASSIFIED},
 * granted or denied, is written to the audit record in the same transaction as the read it guards; if the audit
 * cannot be written, nothing is read. A record without a label is refused to everyone.
 */
public interface NeedToKnow {

    /** The clearance of the signed-in user (his account's, or his provider's {@code clearance} claim). */
    Clearance clearance(Authentication user);

    /**
     * Reads one labelled record if the user's clearance dominates its label: the decision is audited, then
     * {@code reader} runs, in one transaction. Empty when denied, or when the record has no label.
     */
    <T> Optional<T> read(Authentication user, String subjectType, String subjectId, Supplier<Optional<T>> reader);

    /** Of {@code records}, those the user may see, each decision audited; the others are not even counted. */
    <T> List<T> visible(Authentication user, String subjectType, List<T> records, Function<T, String> idOf);

    /** Whether the user may see the record; the decision is audited. */
    boolean mayRead(Authentication user, String subjectType, String subjectId);

    /**
     * In the caller's transaction, which acts on the record: locks the record's label, so that it cannot be raised
     * until the action commits, and says whether the user's clearance still dominates it as it now stands. Called
     * after {@link #mayRead}, whose decision is the one recorded; a label raised in between is a denial here, recorded
     * in a transaction of its own, and the action must not run.
     */
    boolean holds(Authentication user, String subjectType, String subjectId);
}
