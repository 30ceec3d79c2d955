package org.haven.registry.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.haven.registry.PersonName;

/**
 * The name index: one Lucene document per form of a person's name, found again by the skeletons and
 * Daitch–Mokotoff codes of its surname. It finds candidates; {@link NameScorer} decides among them.
 *
 * <p>The index is derived data: the database is the source of truth, and the index records the registry
 * generation it was built from, so that a missing or stale index is rebuilt at start.
 */
public final class NameIndex implements AutoCloseable {

    static final String GENERATION = "registry.generation";

    private static final String PERSON = "person";
    private static final String FORM = "form";
    private static final String SKELETON = "skeleton";
    private static final String CODE = "code";
    private static final String GIVEN = "given";
    private static final String INITIAL = "initial";
    private static final String PATRONYMIC = "patronymic";
    private static final String DISPLAY = "display";
    private static final String KIND = "kind";
    private static final String CASE = "case";
    private static final String K_SURNAME = "k.surname";
    private static final String K_GIVEN = "k.given";
    private static final String K_PATRONYMIC = "k.patronymic";
    private static final String K_SKELETONS = "k.skeletons";
    private static final String K_CODES = "k.codes";
    private static final String K_GIVEN_SKELETONS = "k.givenSkeletons";
    private static final String K_PATRONYMIC_SKELETONS = "k.patronymicSkeletons";

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    /** One form of a name, as the index gives it back. */
    public record Candidate(
            String personId, String form, String display, String kind, String caseId, NameScorer.Keyed keyed) {}

    /**
     * One form of a person's name, to be indexed.
     *
     * @param personId the person
     * @param form the form of his name
     * @param display his display name
     * @param kind defector or other person
     * @param caseId his case, or empty
     * @param personGiven his given name, or empty: it stands for the forms of his name that leave it out
     */
    public record Entry(String personId, String form, String display, String kind, String caseId, String personGiven) {}

    public NameIndex(Path path) {
        try {
            this.directory = FSDirectory.open(path);
            IndexWriterConfig config = new IndexWriterConfig();
            config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            config.setRAMBufferSizeMB(128);
            this.writer = new IndexWriter(directory, config);
            this.searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the name index at " + path, e);
        }
    }

    /** The registry generation the index was built from; -1 for an empty or unmarked index. */
    public long generation() {
        Map<String, String> data = writer.getLiveCommitData() == null ? Map.of() : toMap(writer.getLiveCommitData());
        String g = data.get(GENERATION);
        return g == null ? -1 : Long.parseLong(g);
    }

    private static Map<String, String> toMap(Iterable<Map.Entry<String, String>> data) {
        Map<String, String> map = new java.util.HashMap<>();
        data.forEach(e -> map.put(e.getKey(), e.getValue()));
        return map;
    }

    /** Replaces the whole index with the given entries and marks it with the generation. */
    public synchronized void rebuild(Iterable<Entry> entries, long generation) {
        try {
            writer.deleteAll();
            for (Entry e : entries) {
                add(e);
            }
            commit(generation);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rebuild the name index", e);
        }
    }

    /** Adds an entry without committing; for bulk loads, followed by {@link #commit(long)}. */
    public void add(Entry entry) throws IOException {
        PersonName name;
        try {
            name = NameParser.parse(entry.form());
        } catch (IllegalArgumentException e) {
            return;
        }
        Document doc = new Document();
        doc.add(new StringField(PERSON, entry.personId(), Field.Store.YES));
        doc.add(new StoredField(FORM, entry.form()));
        doc.add(new StoredField(DISPLAY, entry.display()));
        doc.add(new StoredField(KIND, entry.kind()));
        doc.add(new StoredField(CASE, entry.caseId()));
        if (name.given().isEmpty() && !entry.personGiven().isBlank()) {
            // A form that leaves out his given name is still his: "KRAVCIIENKO" written of Alexander is no Victor's.
            name = new PersonName(
                    List.of(entry.personGiven().strip().split("\\s+")),
                    name.patronymic(),
                    name.surname(),
                    name.inverted(),
                    entry.form());
        }
        NameScorer.Keyed keyed = NameScorer.Keyed.of(name);
        String first = name.firstGiven();
        if (first != null) {
            for (String g : keyed.given()) {
                if (!PersonName.isInitial(first)) {
                    doc.add(new StringField(GIVEN, g, Field.Store.NO));
                }
                doc.add(new StringField(INITIAL, g.substring(0, 1), Field.Store.NO));
            }
        }
        for (String s : keyed.surname()) {
            doc.add(new StringField(SKELETON, s, Field.Store.NO));
        }
        for (String p : keyed.patronymic()) {
            doc.add(new StringField(PATRONYMIC, p, Field.Store.NO));
        }
        for (String c : keyed.surnameCodes()) {
            doc.add(new StringField(CODE, c, Field.Store.NO));
        }
        // The keys are stored too, so that scoring a candidate needs no transliteration again.
        doc.add(new StoredField(K_SURNAME, name.surname()));
        doc.add(new StoredField(K_GIVEN, first == null ? "" : first));
        doc.add(new StoredField(K_PATRONYMIC, name.patronymic() == null ? "" : name.patronymic()));
        doc.add(new StoredField(K_SKELETONS, String.join(" ", keyed.surname())));
        doc.add(new StoredField(K_CODES, String.join(" ", keyed.surnameCodes())));
        doc.add(new StoredField(K_GIVEN_SKELETONS, String.join(" ", keyed.given())));
        doc.add(new StoredField(K_PATRONYMIC_SKELETONS, String.join(" ", keyed.patronymic())));
        writer.addDocument(doc);
    }

    private static NameScorer.Keyed keyed(Document d) {
        String given = d.get(K_GIVEN);
        String patronymic = d.get(K_PATRONYMIC);
        PersonName name = new PersonName(
                given.isEmpty() ? List.of() : List.of(given),
                patronymic.isEmpty() ? null : patronymic,
                d.get(K_SURNAME),
                false,
                d.get(FORM));
        return new NameScorer.Keyed(
                name,
                words(d.get(K_SKELETONS)),
                words(d.get(K_CODES)),
                words(d.get(K_GIVEN_SKELETONS)),
                given.isEmpty() ? null : given,
                words(d.get(K_PATRONYMIC_SKELETONS)));
    }

    private static Set<String> words(String joined) {
        return joined.isEmpty() ? Set.of() : new LinkedHashSet<>(List.of(joined.split(" ")));
    }

    /**
     * Adds entries for one change of the registry and commits them. The index is marked with the registry's
     * generation only when it held every change before this one; otherwise it keeps its older mark, so that the
     * next start rebuilds it rather than trust an index that may miss a change.
     */
    public synchronized void addAll(List<Entry> entries, long generation) throws IOException {
        long before = generation();
        for (Entry e : entries) {
            add(e);
        }
        commit(before == generation - 1 ? generation : before);
    }

    public synchronized void commit(long generation) throws IOException {
        writer.setLiveCommitData(Map.of(GENERATION, Long.toString(generation)).entrySet());
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    /** The forms of names whose surname shares a skeleton or a code with the query's, or nearly a skeleton. */
    /**
     * The forms of names whose surname shares a skeleton or a code with the query's and, when {@code fuzzy}, those
     * whose skeleton is within one or two edits of it.
     */
    public List<Candidate> candidates(NameScorer.Keyed query, int limit, boolean fuzzy) {
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        Set<String> skeletons = new LinkedHashSet<>(query.surname());
        for (String s : skeletons) {
            q.add(weight(new TermQuery(new Term(SKELETON, s)), 4f), BooleanClause.Occur.SHOULD);
            if (fuzzy && s.length() >= 2) {
                int edits = s.length() >= 5 ? 2 : 1;
                q.add(
                        weight(new FuzzyQuery(new Term(SKELETON, s), edits, 1, 200, true), 1f),
                        BooleanClause.Occur.SHOULD);
            }
        }
        for (String c : query.surnameCodes()) {
            q.add(weight(new TermQuery(new Term(CODE, c)), 1f), BooleanClause.Occur.SHOULD);
        }
        // Given names only rank the candidates of a surname: they never find a candidate alone.
        BooleanQuery.Builder given = new BooleanQuery.Builder();
        for (String g : query.given()) {
            if (query.givenWritten() != null && !PersonName.isInitial(query.givenWritten())) {
                given.add(weight(new TermQuery(new Term(GIVEN, g)), 2f), BooleanClause.Occur.SHOULD);
            }
            given.add(weight(new TermQuery(new Term(INITIAL, g.substring(0, 1))), 1f), BooleanClause.Occur.SHOULD);
        }
        for (String p : query.patronymic()) {
            given.add(weight(new TermQuery(new Term(PATRONYMIC, p)), 1f), BooleanClause.Occur.SHOULD);
        }
        BooleanQuery surnames = q.build();
        BooleanQuery.Builder all = new BooleanQuery.Builder().add(surnames, BooleanClause.Occur.MUST);
        if (!query.given().isEmpty() || !query.patronymic().isEmpty()) {
            all.add(given.build(), BooleanClause.Occur.SHOULD);
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                ScoreDoc[] hits = searcher.search(all.build(), limit).scoreDocs;
                StoredFields stored = searcher.storedFields();
                List<Candidate> result = new ArrayList<>(hits.length);
                for (ScoreDoc hit : hits) {
                    Document d = stored.document(hit.doc);
                    result.add(new Candidate(
                            d.get(PERSON), d.get(FORM), d.get(DISPLAY), d.get(KIND), d.get(CASE), keyed(d)));
                }
                return result;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the name index", e);
        }
    }

    /**
     * A clause that counts its weight and nothing else: how rare a surname is must not decide which of its bearers
     * are drawn, or the fuzzy neighbours of a common surname would crowd out the people who bear it.
     */
    private static Query weight(Query clause, float weight) {
        return new BoostQuery(new ConstantScoreQuery(clause), weight);
    }

    /** Whether any form of a registered name has one of these surname skeletons exactly. */
    public boolean hasSurname(Set<String> skeletons) {
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        skeletons.forEach(s -> q.add(new TermQuery(new Term(SKELETON, s)), BooleanClause.Occur.SHOULD));
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.count(q.build()) > 0;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the name index", e);
        }
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }
}
