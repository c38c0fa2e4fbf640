package app.helpcenter.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleFragmenter;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;

/**
 * A fixed view of every locale's search index, taken from {@link SearchIndex#acquire()} and released with
 * {@link #close()}: what a site snapshot searches, whatever updates come after it. Results show the page's
 * title and a passage in the page's language where one matches.
 */
public final class Searchers implements AutoCloseable {

	private static final Map<String, Float> FIELD_WEIGHTS = Map.of("title", 4f, "keywords", 2f, "headings", 2f,
			"body", 1f);

	private static final int SNIPPET_LENGTH = 160;

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

	private final Map<String, Acquired> locales;

	private final Analyzer analyzer;

	private final SearchProperties properties;

	Searchers(Map<String, Acquired> locales, Analyzer analyzer, SearchProperties properties) {
		this.locales = Map.copyOf(locales);
		this.analyzer = analyzer;
		this.properties = properties;
	}

	/**
	 * Searches the articles of {@code locale}; never throws for any query text.
	 * @return the results, or nothing when the locale is not served
	 */
	public Optional<SearchResults> search(String locale, String text) {
		Acquired index = this.locales.get(locale);
		return (index != null) ? Optional.of(search(index, limit((text != null) ? text.strip() : ""))) : Optional.empty();
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

	private SearchResults search(Acquired index, String query) {
		if (query.isEmpty()) {
			return new SearchResults(query, List.of());
		}
		SimpleQueryParser parser = new SimpleQueryParser(this.analyzer, FIELD_WEIGHTS, OPERATORS);
		parser.setDefaultOperator(BooleanClause.Occur.SHOULD);
		Query parsed;
		try {
			parsed = parser.parse(query);
		}
		catch (RuntimeException ex) {
			return SearchResults.refused(query);
		}
		// A searcher per query, so that its time limit is this query's own; it only wraps the acquired reader.
		IndexSearcher searcher = new IndexSearcher(index.searcher().getIndexReader());
		searcher.setTimeout(new QueryTimeoutImpl(this.properties.timeLimit().toMillis()));
		try {
			ScoreDoc[] top = searcher.search(parsed, this.properties.maxResults(), RANKING, true).scoreDocs;
			if (searcher.timedOut() && top.length == 0) {
				return SearchResults.refused(query);
			}
			Highlighter highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"),
					new SimpleHTMLEncoder(), new QueryScorer(parsed));
			highlighter.setTextFragmenter(new SimpleFragmenter(SNIPPET_LENGTH));
			List<SearchResults.Hit> hits = new ArrayList<>(top.length);
			for (ScoreDoc scoreDoc : top) {
				Document document = searcher.storedFields().document(scoreDoc.doc);
				hits.add(hit(document, highlighter, index));
			}
			return new SearchResults(query, hits);
		}
		catch (IndexSearcher.TooManyClauses ex) {
			return SearchResults.refused(query);
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

	private SearchResults.Hit hit(Document document, Highlighter highlighter, Acquired index) throws IOException {
		String own = document.get("ownText");
		String other = document.get("otherText");
		Optional<String> snippet = highlight(highlighter, own);
		String language = index.languageTag();
		if (snippet.isEmpty() && other != null) {
			snippet = highlight(highlighter, other);
			language = index.otherLanguageTag();
		}
		String html = snippet.orElseGet(() -> new SimpleHTMLEncoder().encodeText(shorten(own)));
		return new SearchResults.Hit(document.get("heading"), document.get(SearchDocuments.URL), html,
				snippet.isPresent() ? language : index.languageTag());
	}

	private Optional<String> highlight(Highlighter highlighter, String text) throws IOException {
		try {
			return Optional.ofNullable(highlighter.getBestFragment(this.analyzer, "body", text));
		}
		catch (InvalidTokenOffsetsException ex) {
			return Optional.empty();
		}
	}

	private static String shorten(String text) {
		return (text.length() <= SNIPPET_LENGTH) ? text : text.substring(0, SNIPPET_LENGTH) + "…";
	}

	/** A locale's searcher as acquired from its manager, and the languages of its two texts. */
	record Acquired(SearcherManager manager, IndexSearcher searcher, String languageTag, String otherLanguageTag) {
	}

}
