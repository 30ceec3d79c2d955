package org.haven.vetting;

/**
 * The estimative words of ICD 203 in which a conclusion's confidence is written, with the ranges of probability they
 * stand for.
 */
public enum Likelihood {
    ALMOST_NO_CHANCE("almost no chance", "1–5 %"),
    VERY_UNLIKELY("very unlikely", "5–20 %"),
    UNLIKELY("unlikely", "20–45 %"),
    ROUGHLY_EVEN_CHANCE("roughly even chance", "45–55 %"),
    LIKELY("likely", "55–80 %"),
    VERY_LIKELY("very likely", "80–95 %"),
    ALMOST_CERTAIN("almost certain", "95–99 %");

    private final String words;
    private final String range;

    Likelihood(String words, String range) {
        this.words = words;
        this.range = range;
    }

    public String words() {
        return words;
    }

    public String range() {
        return range;
    }
}
