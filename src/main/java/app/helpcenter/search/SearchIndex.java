package app.helpcenter.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleFragmenter;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.MMapDirectory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import app.helpcenter.render.Page;
import app.helpcenter.render.Pages;
import app.helpcenter.render.RenderedView;
import app.helpcenter.render.SiteLocales;
import app.helpcenter.scratch.ScratchFolder;

/**
 * One Lucene index per served locale, built once from the rendered pages and kept in a temporary folder
 * (memory-mapped, so the heap does not grow with the content; deleted when the application stops). Each article's
 * document holds both of its texts (the page's own language and the other one), so a query in either
 * language finds it; results show the page's title and a passage in the page's language where one matches.
 */
public final class SearchIndex implements AutoCloseable {

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


	private final Analyzer analyzer = new BilingualAnalyzer();

	private final Map<String, LocaleIndex> locales = new ConcurrentHashMap<>();

	private final SearchProperties properties;

	static final String FOLDER_PREFIX = "helpcenter-search-";

	private final ScratchFolder scratch;

	private final Path folder;

	public SearchIndex(Pages pages, SearchProperties properties) {
		this.properties = properties;
		this.scratch = ScratchFolder.create(properties.indexParent(), FOLDER_PREFIX);
		this.folder = this.scratch.path();
		try {
			for (String locale : pages.locales()) {
				this.locales.put(locale, index(pages, locale));
			}
		}
		catch (RuntimeException ex) {
			close();
			throw ex;
		}
		// The open readers hold every file they need (Lucene relies on that itself: its writer deletes files
		// that readers still use), so the files go now, and nothing is left behind however the process ends.
		// Where open files cannot be deleted (Windows), they go when the index is closed.
		this.scratch.delete();
	}

	/** Closes the indexes and deletes their folder. */
	@Override
	public void close() {
		for (LocaleIndex index : this.locales.values()) {
			try {
				index.searcher.getIndexReader().close();
				index.directory.close();
			}
			catch (IOException ex) {
				// Best effort: the folder is deleted below or at exit.
			}
		}
		this.locales.clear();
		this.scratch.close();
	}

	/** The folder the index was written to; deleted once the index is open, where the system allows. */
	Path folder() {
		return this.folder;
	}

	/**
	 * Searches the articles of {@code locale}; never throws for any query text.
	 * @return the results, or nothing when the locale is not served
	 */
	public Optional<SearchResults> search(String locale, String text) {
		LocaleIndex index = this.locales.get(locale);
		return (index != null) ? Optional.of(search(index, limit((text != null) ? text.strip() : ""))) : Optional.empty();
	}

	private SearchResults search(LocaleIndex index, String query) {
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
		// A searcher per query, so that its time limit is this query's own; it only wraps the shared reader.
		IndexSearcher searcher = new IndexSearcher(index.searcher.getIndexReader());
		searcher.setTimeout(new QueryTimeoutImpl(this.properties.timeLimit().toMillis()));
		try {
			ScoreDoc[] top = searcher.search(parsed, this.properties.maxResults()).scoreDocs;
			if (searcher.timedOut() && top.length == 0) {
				return SearchResults.refused(query);
			}
			Highlighter highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"),
					new SimpleHTMLEncoder(), new QueryScorer(parsed));
			highlighter.setTextFragmenter(new SimpleFragmenter(SNIPPET_LENGTH));
			List<SearchResults.Hit> hits = new ArrayList<>(top.length);
			for (ScoreDoc scoreDoc : top) {
				Document document = index.searcher.storedFields().document(scoreDoc.doc);
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

	private SearchResults.Hit hit(Document document, Highlighter highlighter, LocaleIndex index) throws IOException {
		String own = document.get("ownText");
		String other = document.get("otherText");
		Optional<String> snippet = highlight(highlighter, own);
		String language = index.languageTag;
		if (snippet.isEmpty() && other != null) {
			snippet = highlight(highlighter, other);
			language = index.otherLanguageTag;
		}
		String html = snippet.orElseGet(() -> new SimpleHTMLEncoder().encodeText(shorten(own)));
		return new SearchResults.Hit(document.get("heading"), document.get("url"), html,
				snippet.isPresent() ? language : index.languageTag);
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

	private LocaleIndex index(Pages pages, String locale) {
		Directory directory;
		try {
			directory = new MMapDirectory(this.folder.resolve(locale));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the search index of " + locale, ex);
		}
		List<Page> list = List.copyOf(pages.list(locale));
		String otherLanguageTag = list.stream()
			.map((page) -> counterpart(pages, page))
			.flatMap(Optional::stream)
			.map(Page::languageTag)
			.findFirst()
			.orElse("");
		// Documents are made on all cores (taking the pages' text out of their HTML is much of the work) a batch
		// at a time, so that few are held at once, and added in page order, so ties rank the same on every start.
		int threads = Runtime.getRuntime().availableProcessors();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(this.analyzer))) {
			int batch = threads * 16;
			for (int start = 0; start < list.size(); start += batch) {
				List<Future<Document>> documents = list.subList(start, Math.min(start + batch, list.size()))
					.stream()
					.map((page) -> pool.submit(() -> document(page, counterpart(pages, page))))
					.toList();
				for (Future<Document> document : documents) {
					writer.addDocument(document.get());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot build the search index of " + locale, ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("Cannot build the search index of " + locale, ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while building the search index of " + locale, ex);
		}
		finally {
			pool.shutdownNow();
		}
		try {
			return new LocaleIndex(directory, new IndexSearcher(DirectoryReader.open(directory)),
					SiteLocales.languageTag(locale), otherLanguageTag);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot open the search index of " + locale, ex);
		}
	}

	/** The same article in the other language: English for a translation, the translation for English. */
	private static Optional<Page> counterpart(Pages pages, Page page) {
		return page.languages()
			.stream()
			.filter((language) -> !language.locale().equals(page.locale()))
			.filter((language) -> page.locale().equals(SiteLocales.ENGLISH) || language.locale().equals(SiteLocales.ENGLISH))
			.findFirst()
			.flatMap((language) -> pages.find(language.locale(), page.path()));
	}

	private static Document document(Page page, Optional<Page> counterpart) {
		String ownText = visibleText(page);
		String otherText = counterpart.map(SearchIndex::visibleText).orElse("");
		Document document = new Document();
		document.add(new StoredField("url", page.url()));
		document.add(new StoredField("heading", page.heading()));
		document.add(new StoredField("ownText", ownText));
		document.add(new StoredField("otherText", otherText));
		document.add(new TextField("title", page.title() + "\n" + page.heading() + "\n"
				+ counterpart.map((other) -> other.heading()).orElse(""), Field.Store.NO));
		document.add(new TextField("keywords", String.join("\n", page.keywords()), Field.Store.NO));
		document.add(new TextField("headings", headings(page) + "\n" + counterpart.map(SearchIndex::headings).orElse(""),
				Field.Store.NO));
		document.add(new TextField("body", ownText + "\n" + otherText, Field.Store.NO));
		return document;
	}

	private static String headings(Page page) {
		return String.join("\n", page.outline().stream().map(RenderedView.Heading::text).toList());
	}

	/** The article's text as a reader sees it, without the hidden English originals. */
	private static String visibleText(Page page) {
		Element body = Jsoup.parseBodyFragment(page.bodyHtml()).body();
		body.select(".seg-en").remove();
		return body.text();
	}

	/** The searcher of one locale and the languages of its two texts. */
	private record LocaleIndex(Directory directory, IndexSearcher searcher, String languageTag,
			String otherLanguageTag) {
	}

}
