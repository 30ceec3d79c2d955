package org.haven.study;

import static org.haven.study.Questions.breakdown;
import static org.haven.study.Questions.count;
import static org.haven.study.Questions.differs;
import static org.haven.study.Questions.has;
import static org.haven.study.Questions.years;

import java.util.List;
import java.util.Map;
import org.haven.archive.Attribute;
import org.haven.archive.ReceptionOutcome;
import org.haven.evidence.Citation;
import org.haven.evidence.SourceLibrary;

/**
 * The questions the 1948 paper asks of its cases, what it answers itself, and where it contradicts itself.
 *
 * <p>Every number and name here is the paper's, quoted with its passage; the answers from the records are
 * computed by {@link StudyManagement}.
 */
final class Paper1948 {

    /** The dataset that holds the study's cases: its figures are computed from these, and from no other. */
    static final String DATASET = "cases-1948";

    static final String TITLE = "A study of defectors from the USSR (MI5, 1948)";

    private Paper1948() {}

    static Citation quote(String section, String passage) {
        return new Citation(SourceLibrary.STUDY_1948, section, passage);
    }

    private static final Citation TOTAL = quote("II", "making nine out of a total of twenty");
    private static final Citation TWENTY_CASES =
            quote("I", "It may at first appear that twenty cases in twenty years is a small number");
    private static final Citation SPAN = quote(
            "I", "It will be seen from the above list that the period of time covered is twenty years, 1927 to 1947");
    private static final Citation RECALLED = quote(
            "II",
            "BESSED0VSKY, KRIVITSKY, BARMIN, HELFAND, AKHMEDOV, GOUZENKO, ALEXEEV, KORIAKOV and TOKAEV are known to"
                    + " have been recalled to Russia immediately before they defected, making nine out of a total of"
                    + " twenty.");
    private static final Citation RECALLED_MAYBE_MORE = quote(
            "II",
            "Our records of some of the others are not complete, and it may well be that the number of those"
                    + " recalled is even larger.");
    private static final Citation OTHER_COUNTRY = quote(
            "III",
            "Seven of the defectors studied have chosen countries other than the one where they were employed for"
                    + " their action");
    private static final Citation FOUR_BRITISH =
            quote("III", "Four defectors therefore chose the British, of whom only one was handled by us");
    private static final Citation THREE_OTHERS = quote(
            "III",
            "Three others attempted to do so, but one was recalled to Moscow before negotiations were completed and"
                    + " the other two were handed over to the Americans.");
    private static final Citation WHERE = quote(
            "III",
            "Of the remaining defectors, six defected in Paris, three in America, three in Germany, two m Austria,"
                    + " two in Czechoslovakia, one in Canada and one in China.");
    private static final Citation FIVE_IN_FRANCE = quote("III", "Five men defected in France");
    private static final Citation FIRST_VISIT =
            quote("II", "Both Victor KRAVCHENKO and GOUZENKO, who defected on their first visit to a foreign country");
    private static final Citation DOCUMENTS = quote(
            "III",
            "GOUZENKO and Alexander KRAVCIIENKO share the distinction of being the only two defectors known to have"
                    + " made careful preparations to bring with them info mat ion and documents");
    private static final Citation VOLKOV_LOST =
            quote("III", "He was however recalled to Moscow before a decision was made about him");
    private static final Citation VOLKOV_DELAY = quote(
            "IV",
            "In VOLKOV’s case the delay which was necessary before a decision could be reached proved too long and"
                    + " the opportunity was missed.");
    private static final Citation EXPLOITED = quote(
            "VII",
            "Of the twenty defectors who form the subject of this paper, eleven can be said to have been reasonably"
                    + " fully exploited from our point of view");
    private static final Citation EXPLOITED_NAMES = quote(
            "VII",
            "These are AGABEKOV, KRIVITSKY, AKKMEDOV, Victor KRAVCHENKO, GOUZENKO, ALEXEEV, DENISOV, TAKACS,"
                    + " Alexander KRAVCHENKO, ‘S’ and TOKAEV.");
    private static final Citation REMAINING_NINE =
            quote("VII", "Of the remaining nine, PIK was regarded as an unsatisfactory and dishonest informant");
    private static final Citation REMAINING_BESSEDOVSKY =
            quote("VII", "BES5EDOVSKY’s newspaper articles were of some use to us");
    private static final Citation REMAINING_BARMIN = quote("VII", "BARMIN’s information was never seen by us.");
    private static final Citation REMAINING_HELFAND = quote(
            "VII",
            "HELFAND was seen by British representatives at various times since his defection and has produced a"
                    + " good deal of valuable information about Russian Intelligence activities.");
    private static final Citation REMAINING_REST = quote(
            "VII",
            "Constantin VOLKOV was of course only able to offer a tempting catalogue; in the case of KORIAKOV and"
                    + " YURCHENKO we have seen no product.");
    private static final Citation MEMOIRS = quote(
            "VI",
            "PIK, BESSEDOVSKY, AGABEKOV, BARMIN, KRIV1TSKY, Victor KRAVCHENKO, GOUZENKO and KORIAKOFF have all"
                    + " taken this course.");
    private static final Citation LIVES =
            quote("II", "TROTSKY, AGABEKOV, Ignace REISS, KRIVITSKY and probably VOLKOV paid with their lives");
    private static final Citation ELEVEN_DIVIDEND = quote(
            "VII",
            "In the eleven exploited cases we do not think that there can be any doubt that the dividend was a very"
                    + " valuable one.");
    private static final Citation FIRST_HAND = quote(
            "VII",
            "AGABEKOV, KRIVITSKY, AKHMEDOV, GOUZENKO, DENISOV, TAKACS, Alexander KRAVCHENKO, SHARANDAK and ‘S’ were"
                    + " all in a position to know at first-hand");
    private static final Citation HUNGARY = quote("VII", "DENISOV, TAKACS and SHARANDAK on Hungary");
    private static final Citation TURKS = quote("III", "AKHMEDOV throw himself on the mercy of the Turks");
    private static final Citation TAKACS_DENISOV_CASE =
            quote("V", "The TAKACS and DENISOV case shows an interesting development");
    private static final Citation TAKACS_DENISOV_PRAGUE = quote(
            "III",
            "TAKACS and DENISOV offered themselves to a British representative in Prague who arranged for their"
                    + " handling by the Americans");

    /** The paper's questions, in the order of its sections. */
    static List<Question> questions() {
        return List.of(
                count(
                        "defectors",
                        "Defectors studied",
                        d -> Questions.yes(d, Attribute.DEFECTED),
                        PaperStatement.number(20, null, TOTAL, TWENTY_CASES)),
                years(
                        "span-of-years",
                        "Years from the first defection to the last",
                        PaperStatement.number(20, "the paper: 1927 to 1947", SPAN)),
                breakdown("defections-per-year", "Defections per year", Questions.byYear(), true, null),
                count(
                        "recalled-before-defection",
                        "Recalled to the USSR immediately before defecting",
                        has(Attribute.RECALLED_BEFORE_DEFECTION, true),
                        PaperStatement.names(
                                9,
                                List.of(
                                        "BESSED0VSKY",
                                        "KRIVITSKY",
                                        "BARMIN",
                                        "HELFAND",
                                        "AKHMEDOV",
                                        "GOUZENKO",
                                        "ALEXEEV",
                                        "KORIAKOV",
                                        "TOKAEV"),
                                "the paper adds that the number may be larger, its records of the others being"
                                        + " incomplete",
                                RECALLED,
                                RECALLED_MAYBE_MORE)),
                breakdown(
                        "long-term-reasons",
                        "Long-term reasons for defecting",
                        Questions.byValue(Attribute.LONG_TERM_REASONS),
                        false,
                        null),
                breakdown("stimuli", "The immediate stimulus", Questions.byValue(Attribute.STIMULI), false, null),
                count(
                        "first-visit-abroad",
                        "Defected on their first visit to a foreign country",
                        has(Attribute.FIRST_VISIT_ABROAD, true),
                        PaperStatement.names(null, List.of("Victor KRAVCHENKO", "GOUZENKO"), null, FIRST_VISIT)),
                count(
                        "chose-another-country",
                        "Chose a country other than the one where they served",
                        differs(Attribute.POST_COUNTRY, Attribute.DEFECTION_COUNTRY),
                        PaperStatement.number(7, null, OTHER_COUNTRY)),
                breakdown(
                        "where-defected",
                        "Where they defected (country)",
                        Questions.byValue(Attribute.DEFECTION_COUNTRY),
                        false,
                        new PaperStatement(
                                null,
                                List.of(),
                                Map.of(
                                        "France", 6,
                                        "America", 3,
                                        "Germany", 3,
                                        "Austria", 2,
                                        "Czechoslovakia", 2,
                                        "Canada", 1,
                                        "China", 1),
                                List.of(WHERE, FIVE_IN_FRANCE),
                                "the paper counts six in Paris (France here) among 'the remaining defectors',"
                                        + " and elsewhere five in France")),
                breakdown(
                        "defection-city",
                        "Where they defected (city)",
                        Questions.byValue(Attribute.DEFECTION_CITY),
                        false,
                        null),
                breakdown(
                        "chosen-recipient",
                        "The recipient they chose",
                        Questions.byValue(Attribute.CHOSEN_RECIPIENT),
                        false,
                        null),
                count(
                        "chose-the-british",
                        "Chose the British as recipients",
                        has(Attribute.CHOSEN_RECIPIENT, "the British"),
                        PaperStatement.number(4, null, FOUR_BRITISH, THREE_OTHERS)),
                breakdown(
                        "received-by",
                        "Who in fact received them",
                        Questions.byValue(Attribute.RECEIVED_BY),
                        false,
                        null),
                breakdown(
                        "intermediaries",
                        "Who helped them in their approach",
                        Questions.byValue(Attribute.INTERMEDIARIES),
                        false,
                        null),
                count(
                        "brought-documents",
                        "Brought documents with them",
                        has(Attribute.BROUGHT_DOCUMENTS, true),
                        PaperStatement.names(2, List.of("GOUZENKO", "Alexander KRAVCIIENKO"), null, DOCUMENTS)),
                breakdown(
                        "reception",
                        "How they were received",
                        Questions.byValue(Attribute.RECEPTION_OUTCOME),
                        false,
                        null),
                count(
                        "lost-before-decision",
                        "Lost before a decision was made",
                        has(Attribute.RECEPTION_OUTCOME, ReceptionOutcome.LOST_BEFORE_DECISION),
                        PaperStatement.names(1, List.of("VOLKOV"), null, VOLKOV_LOST, VOLKOV_DELAY)),
                breakdown(
                        "soviet-reactions",
                        "How the Soviet authorities reacted",
                        Questions.byValue(Attribute.SOVIET_REACTIONS),
                        false,
                        null),
                count(
                        "exploited",
                        "Reasonably fully exploited",
                        has(Attribute.EXPLOITED, true),
                        PaperStatement.names(
                                11,
                                List.of(
                                        "AGABEKOV",
                                        "KRIVITSKY",
                                        "AKKMEDOV",
                                        "Victor KRAVCHENKO",
                                        "GOUZENKO",
                                        "ALEXEEV",
                                        "DENISOV",
                                        "TAKACS",
                                        "Alexander KRAVCHENKO",
                                        "‘S’",
                                        "TOKAEV"),
                                null,
                                EXPLOITED,
                                EXPLOITED_NAMES)),
                count(
                        "not-exploited",
                        "Not exploited, and why not",
                        has(Attribute.EXPLOITED, false),
                        PaperStatement.names(
                                9,
                                List.of(
                                        "PIK",
                                        "BES5EDOVSKY",
                                        "BARMIN",
                                        "HELFAND",
                                        "Constantin VOLKOV",
                                        "KORIAKOV",
                                        "YURCHENKO"),
                                "the paper gives nine but accounts for only seven by name",
                                REMAINING_NINE,
                                REMAINING_BESSEDOVSKY,
                                REMAINING_BARMIN,
                                REMAINING_HELFAND,
                                REMAINING_REST)),
                count(
                        "memoirs",
                        "Wrote memoirs, as articles for the Press or as books",
                        has(Attribute.WROTE_MEMOIRS, true),
                        PaperStatement.names(
                                null,
                                List.of(
                                        "PIK",
                                        "BESSEDOVSKY",
                                        "AGABEKOV",
                                        "BARMIN",
                                        "KRIV1TSKY",
                                        "Victor KRAVCHENKO",
                                        "GOUZENKO",
                                        "KORIAKOFF"),
                                "the paper names them without giving the number",
                                MEMOIRS)),
                count(
                        "paid-with-life",
                        "Paid with their lives",
                        has(Attribute.PAID_WITH_LIFE, true),
                        PaperStatement.names(
                                null,
                                List.of("AGABEKOV", "KRIVITSKY", "VOLKOV"),
                                "VOLKOV only 'probably'; TROTSKY and Ignace REISS, named in the same sentence, are"
                                        + " not among the twenty",
                                LIVES)));
    }

    /** The places where the paper is not consistent with itself. */
    static List<Discrepancy> discrepancies() {
        return List.of(
                new Discrepancy(
                        "twenty-cases-or-nineteen",
                        "Twenty cases, or twenty defectors?",
                        "The paper counts twenty cases, one per defector, yet speaks of 'the TAKACS and DENISOV case'"
                                + " and says they decided to defect together. Haven's register holds them as one"
                                + " case, so it has nineteen cases of twenty defectors.",
                        List.of(TWENTY_CASES, TAKACS_DENISOV_CASE)),
                new Discrepancy(
                        "paris-six-france-five",
                        "Six defected in Paris, five in France",
                        "The same section counts six defections in Paris and five men who defected in France;"
                                + " Paris is in France.",
                        List.of(WHERE, FIVE_IN_FRANCE)),
                new Discrepancy(
                        "remaining-do-not-add-up",
                        "The places of 'the remaining defectors' add up to eighteen",
                        "Four of the twenty chose the British, so sixteen remain; the paper's places for 'the"
                                + " remaining defectors' add up to 6 + 3 + 3 + 2 + 2 + 1 + 1 = 18. Its two in"
                                + " Czechoslovakia are TAKACS and DENISOV, who are among the four who chose the British.",
                        List.of(FOUR_BRITISH, THREE_OTHERS, WHERE, TAKACS_DENISOV_PRAGUE)),
                new Discrepancy(
                        "no-defection-in-turkey",
                        "AKHMEDOV went to the Turks, but no defection is placed in Turkey",
                        "The paper's list of places names no defection in Turkey, though AKHMEDOV threw himself on"
                                + " the mercy of the Turks.",
                        List.of(TURKS, WHERE)),
                new Discrepancy(
                        "remaining-nine-seven-named",
                        "'The remaining nine' are seven",
                        "After the eleven exploited, the paper accounts for 'the remaining nine' by naming seven:"
                                + " PIK, BESSEDOVSKY, BARMIN, HELFAND, VOLKOV, KORIAKOV and YURCHENKO. JURACHOW and"
                                + " SHARANDAK are left out; Haven's records count them as not exploited by inference.",
                        List.of(REMAINING_NINE, REMAINING_REST)),
                new Discrepancy(
                        "sharandak-exploited-or-not",
                        "SHARANDAK is outside the eleven exploited, yet speaks for them",
                        "SHARANDAK is not among the eleven named as reasonably fully exploited, yet the paragraph on"
                                + " 'the eleven exploited cases' lists him among those who knew their sections at first"
                                + " hand, and the paper cites him as a source on Hungary.",
                        List.of(EXPLOITED_NAMES, ELEVEN_DIVIDEND, FIRST_HAND, HUNGARY)),
                new Discrepancy(
                        "helfand-valuable-but-not-exploited",
                        "HELFAND gave valuable information, yet is among those not exploited",
                        "HELFAND is counted among the nine who were not reasonably fully exploited, in the same"
                                + " paragraph that says he produced a good deal of valuable information.",
                        List.of(REMAINING_NINE, REMAINING_HELFAND)));
    }
}
