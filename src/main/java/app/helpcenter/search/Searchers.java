package app.helpcenter.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;

/**
 * A fixed view of every locale's search index, taken from {@link SearchIndex#acquire} and released with
 * {@link #close()}: what a site snapshot searches, whatever updates come after it. Results show the page's
 * title and a passage in the page's language where one matches; passages come from the offsets stored at index
 * time and the texts kept as doc values ({@link PassageHighlighter}), so nothing is analysed or decompressed per
 * result.
 */
public final class Searchers implements AutoCloseable {

	private static final Map<String, Float> FIELD_WEIGHTS = Map.of("title", 4f, "keywords", 2f, "headings", 2f,
			SearchDocuments.OWN, 1f, SearchDocuments.OTHER, 1f);

	private static final int SNIPPET_LENGTH = 160;

	/** The most stored text passages are looked for in. */
	private static final int HIGHLIGHT_MAX_LENGTH = 50_000;

	/** A query with more words than this keeps the ones fewest articles have: they say most about what is meant. */
	static final int MAX_QUERY_TERMS = 12;

	private static final int MAX_SUGGESTIONS = 8;

	/**
	 * What a query that is an article's whole title adds to that article's score: enough to put it first among
	 * articles that merely share its words, archived ones included (their weight halves it).
	 */
	private static final float EXACT_TITLE = 30f;

	/** The most words a passage is chosen by. */
	private static final int PASSAGE_TERMS = 4;

	/**
	 * The query syntax readers may use: words, quoted phrases, {@code +}, {@code |}, {@code -} and
	 * parentheses. Fuzzy ({@code ab~2}), prefix ({@code ab*}) and proximity operators are left out: they cost
	 * seconds on a large index and no reader needs them; their characters are searched as text.
	 */
	private static final int OPERATORS = SimpleQueryParser.AND_OPERATOR | SimpleQueryParser.NOT_OPERATOR
			| SimpleQueryParser.OR_OPERATOR | SimpleQueryParser.PHRASE_OPERATOR
			| SimpleQueryParser.PRECEDENCE_OPERATORS | SimpleQueryParser.WHITESPACE_OPERATOR
			| SimpleQueryParser.ESCAPE_OPERATOR;

	/** Best first; equal scores in path order, whatever order the documents were written in. */
	private static final Sort RANKING = new Sort(SortField.FIELD_SCORE,
			new SortField(SearchDocuments.ORDER, SortField.Type.STRING));

	/** Title prefixes before word prefixes, current before archived, then shorter titles, then path order. */
	private static Sort suggestionRanking(SearchDocuments.View view) {
		return new Sort(SortField.FIELD_SCORE, new SortField(view.titleLength(), SortField.Type.LONG),
				new SortField(SearchDocuments.ORDER, SortField.Type.STRING));
	}

	private final Map<String, Acquired> locales;

	private final Map<String, Analyzer> queryAnalyzers = new HashMap<>();

	/** A highlighter per locale: it keeps nothing of one query for the next. */
	private final Map<String, UnifiedHighlighter> highlighters = new HashMap<>();

	private final SearchProperties properties;

	private final Synonyms synonyms;

	Searchers(Map<String, Acquired> locales, Analyzer indexAnalyzer, Synonyms synonyms, SearchProperties properties) {
		this.locales = Map.copyOf(locales);
		this.properties = properties;
		this.synonyms = synonyms;
		locales.forEach((locale, acquired) -> {
			this.queryAnalyzers.put(locale, SearchAnalyzers.query(synonyms.forLocale(locale)));
			this.highlighters.put(locale, highlighter(acquired.searcher(), indexAnalyzer));
		});
	}

	/** The synonyms its queries are read with. */
	public Synonyms synonyms() {
		return this.synonyms;
	}

	private static UnifiedHighlighter highlighter(IndexSearcher searcher, Analyzer analyzer) {
		UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, analyzer)
			.withMaxLength(HIGHLIGHT_MAX_LENGTH)
			.withMaxNoHighlightPassages(0)
			.withScorer(new PassageScoring())
			.withWeightMatches(false)
			.withBreakIterator(SentenceBreaks::new)
			.withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "…", true));
		return new PassageHighlighter(builder);
	}

	/** Results pages beyond this are not searched: a reader who has not found it in 500 articles needs other words. */
	public static final int MAX_PAGES = 50;

	/**
	 * The first page of results for {@code text} in the articles of {@code locale}; never throws for any query text.
	 * @return the results, or nothing when the locale is not served
	 */
	public Optional<SearchResults> search(String locale, String text) {
		return search(locale, text, 1);
	}

	/**
	 * One page of results (from 1; {@link #MAX_PAGES} at most) for {@code text} in the articles of {@code locale};
	 * never throws for any query text.
	 * @return the results, or nothing when the locale is not served
	 */
	public Optional<SearchResults> search(String locale, String text, int page) {
		Acquired index = this.locales.get(locale);
		if (index == null) {
			return Optional.empty();
		}
		int bounded = Math.max(1, Math.min(page, MAX_PAGES));
		return Optional.of(search(locale, index, limit((text != null) ? text.strip() : ""), bounded));
	}

	/**
	 * Up to eight articles whose title, in either language, starts with {@code prefix}, or has a word (or a Han
	 * character) that does: title prefixes first, current articles before archived ones, shorter titles first.
	 * @return the suggestions, or nothing when the locale is not served
	 */
	public Optional<List<Suggestion>> suggest(String locale, String prefix) {
		Acquired index = this.locales.get(locale);
		if (index == null) {
			return Optional.empty();
		}
		return Optional.of(suggest(index, SearchAnalyzers.normalizePrefix((prefix != null) ? prefix.strip() : "")));
	}

	/** Releases the view. */
	@Override
	public void close() {
		for (Acquired acquired : this.locales.values()) {
			try {
				acquired.manager().release(acquired.searcher());
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot release a search index reader", ex);
			}
		}
	}

	private SearchResults search(String locale, Acquired index, String query, int page) {
		if (query.isEmpty()) {
			return SearchResults.none(query);
		}
		Query parsed;
		try {
			parsed = query(this.queryAnalyzers.get(locale), query, index.searcher().getIndexReader(), index.view());
		}
		catch (RuntimeException ex) {
			return SearchResults.refused(query);
		}
		if (parsed == null) {
			return SearchResults.none(query);
		}
		// A searcher per query, so that its time limit is this query's own; it only wraps the acquired reader.
		IndexSearcher searcher = new IndexSearcher(index.searcher().getIndexReader());
		searcher.setTimeout(new QueryTimeoutImpl(this.properties.timeLimit().toMillis()));
		try {
			int perPage = this.properties.maxResults();
			TopDocs top = searcher.search(parsed, perPage * page, RANKING, true);
			if (searcher.timedOut() && top.scoreDocs.length == 0) {
				return SearchResults.refused(query);
			}
			int from = Math.min((page - 1) * perPage, top.scoreDocs.length);
			TopDocs shown = new TopDocs(top.totalHits, Arrays.copyOfRange(top.scoreDocs, from, top.scoreDocs.length));
			long total = top.totalHits.value;
			int pages = (int) Math.min(MAX_PAGES, (total + perPage - 1) / perPage);
			return new SearchResults(query, hits(locale, index, parsed, shown), false, total,
					top.totalHits.relation == TotalHits.Relation.EQUAL_TO, page, pages, from + 1);
		}
		catch (IndexSearcher.TooManyClauses ex) {
			return SearchResults.refused(query);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The query for a text: parsed with the operators readers may use, bounded to the most selective words when
	 * it has too many, and weighed by each article's weight (archived ones count half), in the documents
	 * {@code view} reads.
	 * @return the query, or {@code null} when the text has nothing to search for
	 */
	static Query query(Analyzer analyzer, String text, IndexReader reader, SearchDocuments.View view) {
		SimpleQueryParser parser = new SimpleQueryParser(analyzer, FIELD_WEIGHTS, OPERATORS);
		parser.setDefaultOperator(BooleanClause.Occur.SHOULD);
		Query parsed = parser.parse(text);
		if (parsed == null) {
			return null;
		}
		Set<String> words = words(parsed);
		if (words.size() > MAX_QUERY_TERMS) {
			parsed = mostSelective(words, reader);
			if (parsed == null) {
				return null;
			}
		}
		Query title = new BoostQuery(new ConstantScoreQuery(
				new TermQuery(new Term(SearchDocuments.TITLE_EXACT, SearchAnalyzers.normalizeTitle(text)))), EXACT_TITLE);
		Query withTitle = new BooleanQuery.Builder().add(parsed, BooleanClause.Occur.SHOULD)
			.add(title, BooleanClause.Occur.SHOULD)
			.build();
		return inView(FunctionScoreQuery.boostByValue(withTitle, weight(view)), view);
	}

	private static DoubleValuesSource weight(SearchDocuments.View view) {
		return DoubleValuesSource.fromFloatField(view.weight());
	}

	/** {@code query} in the documents a view reads: those of its locale, in an index that several locales share. */
	private static Query inView(Query query, SearchDocuments.View view) {
		if (view.locale() == null) {
			return query;
		}
		return new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST)
			.add(new TermQuery(new Term(SearchDocuments.IN, view.locale())), BooleanClause.Occur.FILTER)
			.build();
	}

	/** The distinct words (terms, whatever their field) of a query. */
	private static Set<String> words(Query query) {
		Set<Term> terms = new HashSet<>();
		query.visit(QueryVisitor.termCollector(terms));
		Set<String> words = new HashSet<>();
		terms.forEach((term) -> words.add(term.text()));
		return words;
	}

	/** The words fewest articles have (and some have), each looked for in every field. */
	private static Query mostSelective(Set<String> words, IndexReader reader) {
		List<Map.Entry<String, Integer>> counted = new ArrayList<>();
		for (String word : words) {
			try {
				int frequency = reader.docFreq(new Term(SearchDocuments.OWN, word))
						+ reader.docFreq(new Term(SearchDocuments.OTHER, word));
				if (frequency > 0) {
					counted.add(Map.entry(word, frequency));
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		if (counted.isEmpty()) {
			return null;
		}
		counted.sort(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()));
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		for (Map.Entry<String, Integer> word : counted.subList(0, Math.min(MAX_QUERY_TERMS, counted.size()))) {
			BooleanQuery.Builder fields = new BooleanQuery.Builder();
			FIELD_WEIGHTS.forEach((field, weight) -> fields
				.add(new BoostQuery(new TermQuery(new Term(field, word.getKey())), weight), BooleanClause.Occur.SHOULD));
			query.add(fields.build(), BooleanClause.Occur.SHOULD);
		}
		return query.build();
	}

	private List<SearchResults.Hit> hits(String locale, Acquired index, Query query, TopDocs top) throws IOException {
		IndexReader reader = index.searcher().getIndexReader();
		Map<String, String[]> passages = this.highlighters.get(locale)
			.highlightFields(new String[] { SearchDocuments.OWN, SearchDocuments.OTHER }, passageQuery(query, reader), top,
					new int[] { 1, 1 });
		String[] own = passages.get(SearchDocuments.OWN);
		String[] other = passages.get(SearchDocuments.OTHER);
		List<SearchResults.Hit> hits = new ArrayList<>(top.scoreDocs.length);
		SearchDocuments.View view = index.view();
		for (int i = 0; i < top.scoreDocs.length; i++) {
			int doc = top.scoreDocs[i].doc;
			boolean mirrored = view.isMirrored(reader, doc);
			String ownPassage = mirrored ? other[i] : own[i];
			String otherPassage = mirrored ? own[i] : other[i];
			String snippet;
			String language;
			if (ownPassage != null) {
				snippet = ownPassage;
				language = index.languageTag();
			}
			else if (otherPassage != null) {
				snippet = otherPassage;
				language = index.otherLanguageTag();
			}
			else {
				String text = SearchDocuments.value(reader, doc, mirrored ? SearchDocuments.OTHER : SearchDocuments.OWN,
						SNIPPET_LENGTH + 1);
				snippet = new SimpleHTMLEncoder().encodeText(shorten(text));
				language = index.languageTag();
			}
			hits.add(new SearchResults.Hit(SearchDocuments.value(reader, doc, view.heading(), Integer.MAX_VALUE),
					SearchDocuments.value(reader, doc, view.url(), Integer.MAX_VALUE), snippet, language));
		}
		return hits;
	}

	/**
	 * What passages are chosen and marked by: the query's words that fewest articles have, at most
	 * {@link #PASSAGE_TERMS}, in both text fields. A passage is found by walking the places each word is in the
	 * text; common words (a Chinese bigram such as 中心) are in an article hundreds of times and would make that
	 * walk the most costly part of a search, while saying least about which passage is meant.
	 */
	private static Query passageQuery(Query query, IndexReader reader) {
		Set<Term> terms = new HashSet<>();
		query.visit(QueryVisitor.termCollector(terms));
		List<Map.Entry<String, Integer>> counted = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (Term term : terms) {
			if (!seen.add(term.text())) {
				continue;
			}
			try {
				int frequency = reader.docFreq(new Term(SearchDocuments.OWN, term.text()))
						+ reader.docFreq(new Term(SearchDocuments.OTHER, term.text()));
				if (frequency > 0) {
					counted.add(Map.entry(term.text(), frequency));
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		counted.sort(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()));
		BooleanQuery.Builder passage = new BooleanQuery.Builder();
		for (Map.Entry<String, Integer> word : counted.subList(0, Math.min(PASSAGE_TERMS, counted.size()))) {
			passage.add(new TermQuery(new Term(SearchDocuments.OWN, word.getKey())), BooleanClause.Occur.SHOULD);
			passage.add(new TermQuery(new Term(SearchDocuments.OTHER, word.getKey())), BooleanClause.Occur.SHOULD);
		}
		return passage.build();
	}

	private List<Suggestion> suggest(Acquired index, String prefix) {
		if (prefix.isEmpty()) {
			return List.of();
		}
		Query matches = new BooleanQuery.Builder()
			.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(SearchDocuments.TITLE_PREFIX, prefix))), 3f),
					BooleanClause.Occur.SHOULD)
			.add(new ConstantScoreQuery(new TermQuery(new Term(SearchDocuments.WORD_PREFIX, prefix))),
					BooleanClause.Occur.SHOULD)
			.build();
		IndexSearcher searcher = index.searcher();
		SearchDocuments.View view = index.view();
		try {
			TopDocs top = searcher.search(inView(FunctionScoreQuery.boostByValue(matches, weight(view)), view),
					MAX_SUGGESTIONS, suggestionRanking(view), true);
			List<Suggestion> suggestions = new ArrayList<>(top.scoreDocs.length);
			IndexReader reader = searcher.getIndexReader();
			for (ScoreDoc hit : top.scoreDocs) {
				suggestions.add(new Suggestion(SearchDocuments.value(reader, hit.doc, view.heading(), Integer.MAX_VALUE),
						index.languageTag(), SearchDocuments.value(reader, hit.doc, view.otherHeading(), Integer.MAX_VALUE),
						index.otherLanguageTag(), SearchDocuments.value(reader, hit.doc, view.url(), Integer.MAX_VALUE)));
			}
			return List.copyOf(suggestions);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String limit(String query) {
		int max = this.properties.maxQueryLength();
		return (query.codePointCount(0, query.length()) <= max) ? query
				: query.substring(0, query.offsetByCodePoints(0, max));
	}

	private static String shorten(String text) {
		return (text.length() <= SNIPPET_LENGTH) ? text : text.substring(0, SNIPPET_LENGTH) + "…";
	}

	/**
	 * An article a typed prefix may be looking for.
	 *
	 * @param title its title in the page's language
	 * @param language the language of the title, for {@code lang}
	 * @param hint its title in the other language, empty when it has none
	 * @param hintLanguage the language of the hint
	 * @param url its page
	 */
	public record Suggestion(String title, String language, String hint, String hintLanguage, String url) {
	}

	/**
	 * A locale's searcher as acquired from its manager, the languages of its two texts, and the fields its documents
	 * are read from.
	 */
	record Acquired(SearcherManager manager, IndexSearcher searcher, String languageTag, String otherLanguageTag,
			SearchDocuments.View view) {
	}

}
