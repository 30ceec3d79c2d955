package org.haven.vetting;

import java.util.List;

/**
 * The deception checklists of Heuer and Pherson, each question with its id: MOM (motive, opportunity, means), POP
 * (past opposition practices), MOSES (manipulability of sources), EVE (evaluation of evidence).
 */
public final class Checklists {

    private Checklists() {}

    public record Question(String checklist, String id, String text) {}

    public record Checklist(String name, String words, List<Question> questions) {}

    public static final List<Checklist> ALL = List.of(
            new Checklist(
                    "MOM",
                    "motive, opportunity and means of the hostile service to deceive us with this man",
                    List.of(
                            new Question(
                                    "MOM", "MOM1", "What would the hostile service gain by deceiving us through him?"),
                            new Question(
                                    "MOM",
                                    "MOM2",
                                    "Has it had the opportunity to place him, or to reach him since he came?"),
                            new Question(
                                    "MOM",
                                    "MOM3",
                                    "Has it the means: the true information he brings, the channels to feed him?"))),
            new Checklist(
                    "POP",
                    "past opposition practices",
                    List.of(
                            new Question(
                                    "POP",
                                    "POP1",
                                    "Has the hostile service planted defectors or documents before, as in the past"
                                            + " cases Haven holds?"),
                            new Question(
                                    "POP",
                                    "POP2",
                                    "Does this case follow the pattern of its past deceptions or discrediting?"))),
            new Checklist(
                    "MOSES",
                    "manipulability of sources",
                    List.of(
                            new Question(
                                    "MOSES",
                                    "MOSES1",
                                    "Could he be controlled, fed or pressured (his family at home, his past)?"),
                            new Question(
                                    "MOSES",
                                    "MOSES2",
                                    "Could the sources that bear him out be controlled by the same service?"))),
            new Checklist(
                    "EVE",
                    "evaluation of evidence",
                    List.of(
                            new Question(
                                    "EVE", "EVE1", "Is his story consistent within itself, session after session?"),
                            new Question("EVE", "EVE2", "Is it corroborated by sources independent of him?"),
                            new Question(
                                    "EVE", "EVE3", "Is it too good to be true, or confirmable only through him?"))));

    /** A question by its id. */
    public static Question question(String id) {
        return ALL.stream()
                .flatMap(c -> c.questions().stream())
                .filter(q -> q.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "no checklist has the question '" + id + "' (MOM1–3, POP1–2, MOSES1–2, EVE1–3)"));
    }
}
