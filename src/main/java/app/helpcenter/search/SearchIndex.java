package app.helpcenter.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.MMapDirectory;
import org.apache.lucene.util.Bits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import app.helpcenter.render.ArticleIndex;
import app.helpcenter.render.ArticleView;
import app.helpcenter.render.Page;
import app.helpcenter.render.Pages;
import app.helpcenter.render.SiteLocales;
import app.helpcenter.scratch.ScratchFolder;

/**
 * One Lucene index per served locale, kept in a folder of the render cache between runs or else in a temporary
 * folder (memory-mapped, so the heap does not grow with the content) and brought up to date as content changes: each {@link #update} replaces the documents of
 * the pages whose text changed and deletes those of pages that are gone, near real time. Readers take
 * {@link Searchers}, a fixed view of every locale's index, and release it when done, as Lucene's
 * {@link SearcherManager} has them do; an update never changes what a reader sees.
 */
public final class SearchIndex implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(SearchIndex.class);

	static final String FOLDER_PREFIX = "helpcenter-search-";

	/** The commit data that holds the version of the content a kept index was made from. */
	private static final String CONTENT_VERSION = "contentVersion";

	private final Analyzer analyzer = SearchAnalyzers.index();

	private final SearchProperties properties;

	/** The temporary folder of this process, when the index is not kept between runs. */
	private final ScratchFolder scratch;

	/** The folder kept between runs and its lock, held while this process uses it; {@code null} for none. */
	private final KeptFolder kept;

	private final Path folder;

	/** The index of the articles' Markdown a first start searches until its first update, {@code null} for none. */
	private volatile UnrenderedIndex unrendered;

	/** The folder of {@link UnrenderedIndex}, beside the locales' folders. */
	static final String UNRENDERED = ".unrendered";

	/** Changed by {@link #update} only, which runs on one thread at a time; read by {@link #acquire}. */
	private volatile Map<String, LocaleIndex> locales = Map.of();

	/** The pages the index holds now, {@code null} before the first update. */
	private Pages indexed;

	/** An index in a temporary folder of this process, deleted when it closes. */
	public SearchIndex(SearchProperties properties) {
		this(properties, null);
	}

	/**
	 * An index kept in {@code keptFolder} between runs, when no other process uses that folder: each document
	 * carries a hash of what it was made from, and the first update after a start writes only the documents whose
	 * pages differ. When another process holds the folder, or none is given, the index is made in a temporary
	 * folder of this process.
	 */
	public SearchIndex(SearchProperties properties, Path keptFolder) {
		this.properties = properties;
		this.kept = (keptFolder != null) ? KeptFolder.lock(keptFolder) : null;
		this.scratch = (this.kept == null) ? ScratchFolder.create(properties.indexParent(), FOLDER_PREFIX) : null;
		if (this.kept != null && Files.isDirectory(properties.indexParent())) {
			// What a process killed while it had to make its own index left behind.
			ScratchFolder.reclaimAbandoned(properties.indexParent(), FOLDER_PREFIX);
		}
		this.folder = (this.kept != null) ? this.kept.path() : this.scratch.path();
		if (this.kept != null) {
			// What a process killed before its first update left of its index of the articles' Markdown.
			ScratchFolder.deleteTree(this.folder.resolve(UNRENDERED));
		}
	}

	/** An index of {@code pages}, built at once. */
	public SearchIndex(Pages pages, SearchProperties properties) {
		this(properties);
		try {
			update(pages);
		}
		catch (RuntimeException ex) {
			close();
			throw ex;
		}
	}

	/** How many search pages and suggestion lists a snapshot of the site keeps. */
	public int cachedResponses() {
		return this.properties.cachedResponses();
	}

	/**
	 * Before the first update, opens the indexes an earlier run kept of these locales, so that searches are
	 * answered from them (as that run left them) until the first update brings them to the pages.
	 * @param locales the locales served, the source language's among them when it is served
	 * @param sourceLocale where the source language is served: the other language of every translated locale's
	 * documents, whose first translated locale is the other language of the source language's
	 * @param contentVersion the version of the content now ({@code ContentTree.version()})
	 * @return whether every one of them had a kept index with documents in it, made from this very content
	 */
	public synchronized boolean openKept(List<String> locales, String sourceLocale, String contentVersion) {
		if (this.kept == null || this.indexed != null || locales.isEmpty()) {
			return false;
		}
		Map<String, LocaleIndex> opened = new HashMap<>(this.locales);
		boolean all = true;
		for (String locale : locales) {
			if (!opened.containsKey(locale)) {
				if (!Files.isDirectory(this.folder.resolve(locale))) {
					all = false;
					continue;
				}
				LocaleIndex index = open(locale);
				String other = otherLocale(locale, locales, sourceLocale);
				index.otherLanguageTag = (other != null) ? SiteLocales.languageTag(other) : "";
				opened.put(locale, index);
			}
			LocaleIndex index = opened.get(locale);
			all &= !index.keptVersions.isEmpty() && contentVersion.equals(index.committedContentVersion());
		}
		this.locales = Map.copyOf(opened);
		return all;
	}

	/**
	 * On a first start, before the first update, when no index of these locales was kept: indexes every page an
	 * article index will have from its articles' Markdown ({@link UnrenderedDocuments}), so that searches are
	 * answered while the pages are rendered. They are written to an index of their own, one document for each page
	 * and its counterpart ({@link UnrenderedIndex}), which searches read until the first update has written the
	 * pages' documents and drops it: it is never committed, so an index kept for the next run never holds them.
	 * @return whether it indexed them: not when an update came first, or when an index was kept, whose documents
	 * the first update brings up to date (fewer to write)
	 */
	public boolean indexUnrendered(ArticleIndex articles) {
		return indexUnrendered(articles, () -> {
		});
	}

	/**
	 * As {@link #indexUnrendered(ArticleIndex)}, running {@code beforeEach} (which may wait: pages that readers
	 * wait for go first) before the documents of each path.
	 */
	public synchronized boolean indexUnrendered(ArticleIndex articles, Runnable beforeEach) {
		if (this.indexed != null || this.unrendered != null || articles.locales().isEmpty()) {
			return false;
		}
		Map<String, LocaleIndex> opened = new HashMap<>(this.locales);
		for (String locale : articles.locales()) {
			if (!opened.containsKey(locale)) {
				opened.put(locale, open(locale));
			}
		}
		this.locales = Map.copyOf(opened);
		if (opened.values().stream().anyMatch((index) -> !index.keptVersions.isEmpty())) {
			return false;
		}
		UnrenderedDocuments documents = new UnrenderedDocuments(articles);
		Map<String, String> otherLanguages = new HashMap<>();
		for (String locale : articles.locales()) {
			String other = otherLocale(locale, articles.locales(), articles.sourceLocale());
			otherLanguages.put(locale, (other != null) ? SiteLocales.languageTag(other) : "");
		}
		Path path = this.folder.resolve(UNRENDERED);
		ScratchFolder.deleteTree(path);
		try {
			UnrenderedIndex unrendered = new UnrenderedIndex(path, this.analyzer, otherLanguages);
			try {
				inParallel(documents.paths(), (article) -> {
					beforeEach.run();
					for (UnrenderedDocuments.Shared shared : documents.shared(article)) {
						unrendered.writer.addDocument(SearchDocuments.shared(shared.page(), shared.mirror()));
					}
				});
				unrendered.manager.maybeRefreshBlocking();
			}
			catch (IOException | RuntimeException ex) {
				unrendered.close();
				throw ex;
			}
			this.unrendered = unrendered;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot index the articles before they are rendered", ex);
		}
		return true;
	}

	/**
	 * The other language of a locale's documents: the source language for a translated locale, the first translated
	 * locale for the source language ({@code null} when there is none).
	 */
	private static String otherLocale(String locale, List<String> locales, String sourceLocale) {
		return locale.equals(sourceLocale)
				? locales.stream().filter((served) -> !served.equals(sourceLocale)).findFirst().orElse(null)
				: sourceLocale;
	}

	/**
	 * Brings every locale's index to {@code pages}: the documents of pages whose text, or whose counterpart's
	 * text, differs from what the index holds (a page rendered again has a new body) are replaced, those of
	 * pages that are gone are deleted, and the indexes of locales no longer served are closed.
	 * @return how many documents were written or deleted
	 */
	public int update(Pages pages) {
		return update(pages, "");
	}

	/**
	 * As {@link #update(Pages)}, and when the index is kept for the next run, commits with it the version of the
	 * content the pages were made from, which {@link #openKept} asks for.
	 * @param contentVersion the content's version ({@code ContentTree.version()}), empty when there is none
	 */
	public synchronized int update(Pages pages, String contentVersion) {
		Pages previous = this.indexed;
		Map<String, LocaleIndex> updated = new HashMap<>();
		int written = 0;
		for (String locale : pages.locales()) {
			LocaleIndex index = this.locales.get(locale);
			if (index == null) {
				index = open(locale);
			}
			updated.put(locale, index);
			boolean indexed = previous != null && this.locales.containsKey(locale);
			written += (indexed && pages.basedOn() == previous.generation()) ? index.update(pages, pages.changes())
					: index.update(pages, indexed ? previous : null);
			index.commitContentVersion(contentVersion);
		}
		for (Map.Entry<String, LocaleIndex> gone : this.locales.entrySet()) {
			if (!updated.containsKey(gone.getKey())) {
				gone.getValue().close();
			}
		}
		this.locales = Map.copyOf(updated);
		this.indexed = pages;
		closeUnrendered();
		return written;
	}

	/** A view of every locale's index as it is now, with the help center's own synonyms. */
	public Searchers acquire() {
		return acquire(Synonyms.bundled());
	}

	/** A view of every locale's index as it is now; release it with {@link Searchers#close()}. */
	public Searchers acquire(Synonyms synonyms) {
		Map<String, Searchers.Acquired> acquired = new HashMap<>();
		UnrenderedIndex unrendered = this.unrendered;
		try {
			if (unrendered != null) {
				for (Map.Entry<String, String> locale : unrendered.otherLanguages.entrySet()) {
					acquired.put(locale.getKey(),
							new Searchers.Acquired(unrendered.manager, unrendered.manager.acquire(),
									SiteLocales.languageTag(locale.getKey()), locale.getValue(),
									SearchDocuments.View.of(locale.getKey())));
				}
			}
			else {
				for (Map.Entry<String, LocaleIndex> locale : this.locales.entrySet()) {
					LocaleIndex index = locale.getValue();
					acquired.put(locale.getKey(), new Searchers.Acquired(index.manager, index.manager.acquire(),
							index.languageTag, index.otherLanguageTag, SearchDocuments.View.PAGE));
				}
			}
		}
		catch (IOException ex) {
			new Searchers(acquired, this.analyzer, synonyms, this.properties).close();
			throw new UncheckedIOException("Cannot open the search index", ex);
		}
		return new Searchers(acquired, this.analyzer, synonyms, this.properties);
	}

	/**
	 * Searches the articles of {@code locale} as they are now; never throws for any query text.
	 * @return the results, or nothing when the locale is not served
	 */
	public Optional<SearchResults> search(String locale, String text) {
		return search(locale, text, 1);
	}

	/**
	 * One page (from 1) of the results for {@code text} in the articles of {@code locale} as they are now.
	 * @return the results, or nothing when the locale is not served
	 */
	public Optional<SearchResults> search(String locale, String text, int page) {
		try (Searchers searchers = acquire()) {
			return searchers.search(locale, text, page);
		}
	}

	/**
	 * The suggestions for a prefix typed in {@code locale}, from the articles as they are now.
	 * @return the suggestions, or nothing when the locale is not served
	 */
	public Optional<List<Searchers.Suggestion>> suggest(String locale, String prefix) {
		try (Searchers searchers = acquire()) {
			return searchers.suggest(locale, prefix);
		}
	}

	/** The folder the index is kept in. */
	Path folder() {
		return this.folder;
	}

	/** Whether the index is kept between runs (not in a temporary folder of this process). */
	public boolean isKept() {
		return this.kept != null;
	}

	/** Closes the indexes; deletes their folder unless it is kept between runs. */
	@Override
	public synchronized void close() {
		closeUnrendered();
		this.locales.values().forEach(LocaleIndex::close);
		this.locales = Map.of();
		if (this.scratch != null) {
			this.scratch.close();
		}
		if (this.kept != null) {
			this.kept.close();
		}
	}

	/** Drops the index of the articles' Markdown: the first update has replaced it, or the index is closing. */
	private void closeUnrendered() {
		UnrenderedIndex unrendered = this.unrendered;
		if (unrendered != null) {
			this.unrendered = null;
			unrendered.close();
		}
	}

	private LocaleIndex open(String locale) {
		Path path = this.folder.resolve(locale);
		try {
			if (this.kept != null) {
				try {
					return openKept(locale, path);
				}
				catch (IOException | RuntimeException ex) {
					logger.warn("The search index of {} kept in {} cannot be read and is made again: {}", locale, path,
							ex.toString());
					ScratchFolder.deleteTree(path);
				}
			}
			MMapDirectory directory = new MMapDirectory(path);
			IndexWriter writer = new IndexWriter(directory,
					new IndexWriterConfig(this.analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE));
			return new LocaleIndex(locale, directory, writer, new SearcherManager(writer, null), Map.of(),
					this.kept != null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the search index of " + locale, ex);
		}
	}

	/** Opens the index of a locale as an earlier run left it, with the version of each of its documents. */
	private LocaleIndex openKept(String locale, Path path) throws IOException {
		MMapDirectory directory = new MMapDirectory(path);
		try {
			IndexWriter writer = new IndexWriter(directory,
					new IndexWriterConfig(this.analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
			try {
				Map<String, String> versions = new HashMap<>();
				try (DirectoryReader reader = DirectoryReader.open(writer)) {
					for (LeafReaderContext leaf : reader.leaves()) {
						Bits live = leaf.reader().getLiveDocs();
						BinaryDocValues urls = leaf.reader().getBinaryDocValues(SearchDocuments.URL);
						BinaryDocValues made = leaf.reader().getBinaryDocValues(SearchDocuments.VERSION);
						for (int doc = 0; urls != null && made != null && doc < leaf.reader().maxDoc(); doc++) {
							if ((live == null || live.get(doc)) && urls.advanceExact(doc) && made.advanceExact(doc)) {
								versions.put(urls.binaryValue().utf8ToString(), made.binaryValue().utf8ToString());
							}
						}
					}
				}
				return new LocaleIndex(locale, directory, writer, new SearcherManager(writer, null), versions, true);
			}
			catch (IOException | RuntimeException ex) {
				writer.rollback();
				throw ex;
			}
		}
		catch (IOException | RuntimeException ex) {
			directory.close();
			throw ex;
		}
	}

	/** Writes one item's documents. */
	@FunctionalInterface
	private interface Writing<T> {

		void write(T item) throws IOException;

	}

	/**
	 * Writes the documents of {@code items} on all cores (taking the text out of pages or Markdown, then analysing
	 * it, is the work; Lucene's writer takes documents from several threads at once), a batch at a time, so that few
	 * are held at once.
	 */
	private static <T> void inParallel(List<T> items, Writing<T> writing) throws IOException {
		int threads = Math.min(Runtime.getRuntime().availableProcessors(), Math.max(1, items.size()));
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			int batch = threads * 16;
			for (int start = 0; start < items.size(); start += batch) {
				List<Future<?>> written = items.subList(start, Math.min(start + batch, items.size()))
					.stream()
					.<Future<?>>map((item) -> pool.submit(() -> {
						writing.write(item);
						return null;
					}))
					.toList();
				for (Future<?> item : written) {
					item.get();
				}
			}
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof IOException io) {
				throw io;
			}
			throw new IllegalStateException("Cannot build the search index", ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while building the search index", ex);
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** Closes an index without committing what it holds (best effort: its folder is deleted in the end). */
	private static void discard(SearcherManager manager, IndexWriter writer, MMapDirectory directory) {
		try {
			manager.close();
			writer.rollback();
			directory.close();
		}
		catch (IOException ex) {
			// What is left is deleted with the folder.
		}
	}

	/** The index of one locale: its writer, the searchers readers take, and the languages of its two texts. */
	private static final class LocaleIndex {

		private final String locale;

		private final MMapDirectory directory;

		private final IndexWriter writer;

		private final SearcherManager manager;

		private final String languageTag;

		private volatile String otherLanguageTag = "";

		/** The version of each document an earlier run left, until the first update has used them. */
		private Map<String, String> keptVersions;

		/** Whether each update is committed, for the next run. */
		private final boolean kept;

		LocaleIndex(String locale, MMapDirectory directory, IndexWriter writer, SearcherManager manager,
				Map<String, String> keptVersions, boolean kept) {
			this.locale = locale;
			this.directory = directory;
			this.writer = writer;
			this.manager = manager;
			this.languageTag = SiteLocales.languageTag(locale);
			this.keptVersions = keptVersions;
			this.kept = kept;
		}

		/** Writes what changed since {@code previous} (everything when it is {@code null}); how many documents. */
		int update(Pages pages, Pages previous) {
			Collection<Page> list = pages.unordered(this.locale);
			List<Page> changed = new ArrayList<>();
			Map<String, String> left = (previous == null) ? this.keptVersions : Map.of();
			this.keptVersions = Map.of();
			if (!left.isEmpty()) {
				changed.addAll(list.parallelStream()
					.filter((page) -> !SearchDocuments.version(page, SearchDocuments.counterpart(pages, page))
						.equals(left.get(page.url())))
					.toList());
			}
			else {
				for (Page page : list) {
					Page before = (previous != null) ? previous.find(this.locale, page.path()).orElse(null) : null;
					if (before == null || SearchDocuments.changed(page, SearchDocuments.counterpart(pages, page), before,
							SearchDocuments.counterpart(previous, before))) {
						changed.add(page);
					}
				}
			}
			this.otherLanguageTag = list.stream()
				.map((page) -> SearchDocuments.counterpart(pages, page))
				.flatMap(Optional::stream)
				.map(Page::languageTag)
				.findFirst()
				.orElse("");
			try {
				int deleted = 0;
				if (previous != null) {
					for (Page before : previous.unordered(this.locale)) {
						if (pages.find(this.locale, before.path()).isEmpty()) {
							this.writer.deleteDocuments(new Term(SearchDocuments.URL, before.url()));
							deleted++;
						}
					}
				}
				Set<String> urls = new HashSet<>();
				list.forEach((page) -> urls.add(page.url()));
				for (String url : left.keySet()) {
					if (!urls.contains(url)) {
						this.writer.deleteDocuments(new Term(SearchDocuments.URL, url));
						deleted++;
					}
				}
				if (changed.isEmpty() && deleted == 0) {
					return 0;
				}
				write(pages, changed);
				commitIfKept();
				this.manager.maybeRefreshBlocking();
				return changed.size() + deleted;
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot update the search index of " + this.locale, ex);
			}
		}

		/**
		 * Writes what {@code changes} say changed: the documents of pages rendered again and of their
		 * counterparts (whose documents hold their text too), and deletes those of pages that are gone.
		 */
		int update(Pages pages, Pages.Changes changes) {
			Map<String, Page> changed = new LinkedHashMap<>();
			for (Page page : changes.rerendered()) {
				if (page.locale().equals(this.locale) && page.view() != ArticleView.BILINGUAL) {
					changed.put(page.url(), page);
				}
				counterpartHere(pages, page).ifPresent((counterpart) -> changed.put(counterpart.url(), counterpart));
			}
			List<String> deleted = new ArrayList<>();
			for (Page gone : changes.removed()) {
				if (gone.locale().equals(this.locale) && gone.view() != ArticleView.BILINGUAL) {
					deleted.add(gone.url());
				}
				counterpartHere(pages, gone).ifPresent((counterpart) -> changed.put(counterpart.url(), counterpart));
			}
			if (changed.isEmpty() && deleted.isEmpty()) {
				return 0;
			}
			try {
				for (String url : deleted) {
					this.writer.deleteDocuments(new Term(SearchDocuments.URL, url));
				}
				write(pages, List.copyOf(changed.values()));
				commitIfKept();
				this.manager.maybeRefreshBlocking();
				return changed.size() + deleted.size();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot update the search index of " + this.locale, ex);
			}
		}

		/** The version of the content the last commit was made from; empty when it does not say. */
		String committedContentVersion() {
			Iterable<Map.Entry<String, String>> data = this.writer.getLiveCommitData();
			if (data != null) {
				for (Map.Entry<String, String> entry : data) {
					if (entry.getKey().equals(CONTENT_VERSION)) {
						return entry.getValue();
					}
				}
			}
			return "";
		}

		/** Commits the content's version with the index when it is kept and the version changed. */
		void commitContentVersion(String contentVersion) {
			if (!this.kept || contentVersion.isEmpty() || contentVersion.equals(committedContentVersion())) {
				return;
			}
			try {
				this.writer.setLiveCommitData(Map.of(CONTENT_VERSION, contentVersion).entrySet());
				this.writer.commit();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot commit the search index of " + this.locale, ex);
			}
		}

		/** Makes what was written durable when the index is kept for the next run (a commit is atomic). */
		private void commitIfKept() throws IOException {
			if (this.kept) {
				this.writer.commit();
			}
		}

		/** The page of this locale whose document holds {@code page}'s text as its other language. */
		private Optional<Page> counterpartHere(Pages pages, Page page) {
			if (page.view() == ArticleView.BILINGUAL || page.locale().equals(this.locale)) {
				return Optional.empty();
			}
			return pages.find(this.locale, page.path())
				.filter((here) -> SearchDocuments.counterpart(pages, here)
					.map((counterpart) -> counterpart.locale().equals(page.locale()))
					.orElse(false));
		}

		/** Makes and writes the documents of {@code changed} on all cores ({@link SearchIndex#inParallel}). */
		private void write(Pages pages, List<Page> changed) throws IOException {
			inParallel(changed, (page) -> {
				Document document = SearchDocuments.of(page, SearchDocuments.counterpart(pages, page));
				this.writer.updateDocument(new Term(SearchDocuments.URL, document.get(SearchDocuments.URL)), document);
			});
		}

		void close() {
			discard(this.manager, this.writer, this.directory);
		}

	}

	/**
	 * The index a first start searches before its first update: one document per pair of pages that are each other's
	 * counterpart, written once for both ({@link SearchDocuments#shared}), each locale searching its own pages
	 * through its {@link SearchDocuments.View}. Never committed; its folder is deleted when it closes.
	 */
	private static final class UnrenderedIndex {

		private final Path path;

		private final MMapDirectory directory;

		private final IndexWriter writer;

		private final SearcherManager manager;

		/** The language of the other text of each locale's pages, by locale: the locales it serves. */
		private final Map<String, String> otherLanguages;

		UnrenderedIndex(Path path, Analyzer analyzer, Map<String, String> otherLanguages) throws IOException {
			this.path = path;
			this.otherLanguages = Map.copyOf(otherLanguages);
			this.directory = new MMapDirectory(path);
			try {
				// Dropped whole by the first update: merging its segments meanwhile would be work thrown away (a fifth
				// of the time this takes for 10,000 articles, bench/unrendered-index.sh).
				this.writer = new IndexWriter(this.directory, new IndexWriterConfig(analyzer)
					.setOpenMode(IndexWriterConfig.OpenMode.CREATE)
					.setMergePolicy(NoMergePolicy.INSTANCE));
				this.manager = new SearcherManager(this.writer, null);
			}
			catch (IOException | RuntimeException ex) {
				this.directory.close();
				throw ex;
			}
		}

		void close() {
			discard(this.manager, this.writer, this.directory);
			ScratchFolder.deleteTree(this.path);
		}

	}

}
