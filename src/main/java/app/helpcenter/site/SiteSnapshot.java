package app.helpcenter.site;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import app.helpcenter.check.Finding;
import app.helpcenter.content.Article;
import app.helpcenter.content.ContentTree;
import app.helpcenter.content.Hub;
import app.helpcenter.content.LoadProblem;
import app.helpcenter.content.Redirect;
import app.helpcenter.content.TableOfContents;
import app.helpcenter.render.ArticleIndex;
import app.helpcenter.render.HubPage;
import app.helpcenter.render.Page;
import app.helpcenter.render.Pages;
import app.helpcenter.render.RenderedArticle;
import app.helpcenter.search.SearchResults;
import app.helpcenter.search.Searchers;
import app.helpcenter.search.Synonyms;

/**
 * The whole site as served at one moment, immutable (but for the search an opening snapshot may get later,
 * {@link #searchFrom}): the articles and their pages in every view, each page's
 * prepared response, navigation, redirects, landing pages, the search searchers and the content findings.
 * A request takes one snapshot ({@link LiveSite#acquire()}) and reads it from start to end; a reload builds
 * the next one and swaps it in. A snapshot counts who holds it, and what only it holds (mapped responses,
 * index readers) is let go when the last holder releases it, never while a request reads it.
 *
 * <p>
 * During a lazy start ({@link LiveSite}) a snapshot may be less than the whole site: the placeholder, with no
 * content, or the opening snapshot, which renders an article's pages when first asked for ({@link OnDemandPages})
 * and searches the index the last run kept of the same content or, on a first start, the articles' Markdown
 * ({@link #isComplete()}, {@link #canSearch()}).
 */
public final class SiteSnapshot {

	private final AtomicInteger references = new AtomicInteger(1);

	private final long generation;

	private final Instant builtAt;

	private final ContentTree tree;

	private final State state;

	private final ArticleIndex index;

	private final Pages pages;

	private final PreparedResponses responses;

	/** What it searches; an opening snapshot's may come later ({@link #searchFrom}). */
	private volatile Searchers searchers;

	/** The searchers it had before {@link #searchFrom}, released with the others: a search may still use them. */
	private volatile Searchers searchersBefore;

	private final List<SiteFinding> findings;

	/** Responses made from this snapshot on demand (search pages, suggestions), kept while it is current. */
	private final Cache<String, Object> made;

	/**
	 * The pages of articles not rendered yet, rendered when first asked for: only in an opening snapshot, which
	 * knows every article but has rendered none; {@code null} in a complete one.
	 */
	private final OnDemandPages onDemand;

	/**
	 * Whether this opening snapshot answers searches: from the index the last run kept of the same content, or on
	 * a first start from the articles' Markdown.
	 */
	private volatile boolean searches;

	SiteSnapshot(long generation, Instant builtAt, ContentTree tree, State state, ArticleIndex index, Pages pages,
			PreparedResponses responses, Searchers searchers, List<SiteFinding> findings, int madeSize,
			OnDemandPages onDemand, boolean searches) {
		this.onDemand = onDemand;
		this.searches = searches;
		this.made = Caffeine.newBuilder().maximumSize(madeSize).build();
		this.generation = generation;
		this.builtAt = builtAt;
		this.tree = tree;
		this.state = state;
		this.index = index;
		this.pages = pages;
		this.responses = responses;
		this.searchers = searchers;
		this.findings = List.copyOf(findings);
	}

	/**
	 * What a reload starts from, per file: the article each served file last read well (the last good version
	 * stays when a file breaks), how it was rendered, what the content check found in it, and what is wrong
	 * with each file now.
	 *
	 * @param articles the article served from each file
	 * @param rendered the rendering of each served article, by file
	 * @param checked what the content check found in each article, by file (missing until it has run)
	 * @param tables the tables of contents, by file
	 * @param hubs the landing pages, by file
	 * @param redirects the redirects, by file
	 * @param synonyms the text of each synonym file for search, by file
	 * @param problems what is wrong with each file now
	 */
	record State(Map<Path, Article> articles, Map<Path, RenderedArticle> rendered, Map<Path, List<Finding>> checked,
			Map<Path, TableOfContents> tables, Map<Path, Hub> hubs, Map<Path, List<Redirect>> redirects,
			Map<Path, String> synonyms, Map<Path, List<LoadProblem>> problems) {

		/** Before anything is read. */
		static final State EMPTY = new State(Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(),
				Map.of());

		/** The maps are made for this state alone: wrapped read-only, not copied (a reload makes ten thousand). */
		State {
			articles = Collections.unmodifiableMap(articles);
			rendered = Collections.unmodifiableMap(rendered);
			checked = Collections.unmodifiableMap(checked);
			tables = Collections.unmodifiableMap(tables);
			hubs = Collections.unmodifiableMap(hubs);
			redirects = Collections.unmodifiableMap(redirects);
			synonyms = Collections.unmodifiableMap(synonyms);
			problems = Collections.unmodifiableMap(problems);
		}

	}

	/** Takes one more reference, unless the snapshot is already closed. */
	boolean tryIncRef() {
		while (true) {
			int count = this.references.get();
			if (count <= 0) {
				return false;
			}
			if (this.references.compareAndSet(count, count + 1)) {
				return true;
			}
		}
	}

	/** Lets go of one reference; the last one releases what the snapshot holds. */
	void decRef() {
		int count = this.references.decrementAndGet();
		if (count == 0) {
			this.responses.release();
			this.searchers.close();
			if (this.searchersBefore != null) {
				this.searchersBefore.close();
			}
			if (this.onDemand != null) {
				this.onDemand.release();
			}
		}
		else if (count < 0) {
			throw new IllegalStateException("Site snapshot " + this.generation + " released once too often");
		}
	}

	int refCount() {
		return this.references.get();
	}

	/** Counts up with each snapshot built. */
	public long generation() {
		return this.generation;
	}

	public Instant builtAt() {
		return this.builtAt;
	}

	ContentTree tree() {
		return this.tree;
	}

	State state() {
		return this.state;
	}

	ArticleIndex index() {
		return this.index;
	}

	/** The rendered pages, by locale and path. */
	public Pages pages() {
		return this.pages;
	}

	PreparedResponses responses() {
		return this.responses;
	}

	/** The URL prefixes served, the default first. */
	public List<String> locales() {
		return this.pages.locales();
	}

	public boolean isLocale(String locale) {
		return this.pages.isLocale(locale);
	}

	/**
	 * Whether every page is prepared and search covers every article. An opening snapshot is not: it knows every
	 * article and renders each when first asked for, while the complete snapshot is built.
	 */
	public boolean isComplete() {
		return this.onDemand == null;
	}

	/** Whether this is what a lazy start serves before it has read the content: nothing ({@link SiteBuilder#placeholder()}). */
	public boolean isPlaceholder() {
		return this.generation == 0;
	}

	/**
	 * Whether search can be answered: in a complete snapshot, from the pages it serves; in an opening one, on a
	 * restart on unchanged content from the index the last run kept of it, and on a first start from the articles'
	 * Markdown (not after a change while the help center was down: the kept index is brought up to date first).
	 */
	public boolean canSearch() {
		return this.onDemand == null || this.searches;
	}

	/**
	 * Whether every article URL and search can be answered: a complete snapshot, or an opening one that can search
	 * ({@link #canSearch()}). Only a locale's list of articles waits for the complete snapshot then: it is made
	 * from every article's page.
	 */
	public boolean answersArticlesAndSearch() {
		return !isPlaceholder() && canSearch();
	}

	/** How many articles this opening snapshot has made the pages of on demand; 0 for a complete one. */
	int madeOnDemand() {
		return (this.onDemand != null) ? this.onDemand.madeArticles() : 0;
	}

	/** How many of those it rendered, not read from the render cache. */
	int renderedOnDemand() {
		return (this.onDemand != null) ? this.onDemand.renderedArticles() : 0;
	}

	/** The rendering of an article file that this opening snapshot made on demand, or {@code null}. */
	RenderedArticle renderingMadeOnDemand(Path file) {
		return (this.onDemand != null) ? this.onDemand.rendering(file) : null;
	}

	/** The page of an article at a locale and path (rendered now, if this is an opening snapshot). */
	public Optional<Page> find(String locale, String path) {
		Optional<Page> page = this.pages.find(locale, path);
		if (page.isPresent() || this.onDemand == null) {
			return page;
		}
		return article(locale, path).flatMap(this.onDemand::pagesOf).flatMap((pages) -> pages.find(locale, path));
	}

	/** The side-by-side page of an article, where its locale has one. */
	public Optional<Page> findBilingual(String locale, String path) {
		Optional<Page> page = this.pages.findBilingual(locale, path);
		if (page.isPresent() || this.onDemand == null) {
			return page;
		}
		return article(locale, path).flatMap(this.onDemand::pagesOf)
			.flatMap((pages) -> pages.findBilingual(locale, path));
	}

	/** The landing page of a docset folder. */
	public Optional<HubPage> hub(String locale, String folder) {
		return this.pages.hub(locale, folder);
	}

	/** Where an old article path moved, from the locale's redirection file. */
	public Optional<String> redirect(String locale, String path) {
		return this.pages.redirect(locale, path);
	}

	/** The pages of one locale by docset and folder, archived docsets last ({@link Pages#docsets}). */
	public List<Pages.Docset> docsets(String locale) {
		return this.pages.docsets(locale);
	}

	/** The prepared response served at exactly this URL (path and query), or {@code null}. */
	public PreparedResponses.Prepared prepared(String url) {
		PreparedResponses.Prepared prepared = this.responses.get(url);
		return (prepared != null || this.onDemand == null) ? prepared : this.onDemand.prepared(url);
	}

	/** The prepared response of a page of this snapshot. */
	public PreparedResponses.Prepared prepared(Page page) {
		PreparedResponses.Prepared prepared = prepared(page.url());
		if (prepared == null) {
			throw new IllegalStateException("No prepared response for " + page.url());
		}
		return prepared;
	}

	/**
	 * Makes this opening snapshot answer searches from {@code later} (on a first start, its articles indexed from
	 * their Markdown after it was swapped in). Called once, on the reload thread, while the snapshot is current.
	 */
	void searchFrom(Searchers later) {
		if (this.onDemand == null || this.searchersBefore != null) {
			later.close();
			throw new IllegalStateException("Only an opening snapshot gets its search later, once");
		}
		this.searchersBefore = this.searchers;
		this.searchers = later;
		this.searches = true;
	}

	/** The synonyms its searches read queries with. */
	Synonyms synonyms() {
		return this.searchers.synonyms();
	}

	/** One page (from 1) of the results of a search in the articles of a locale as they are in this snapshot. */
	public Optional<SearchResults> search(String locale, String query, int page) {
		return this.searchers.search(locale, query, page);
	}

	/** Articles of a locale whose title starts with, or has a word that starts with, a typed prefix. */
	public Optional<List<Searchers.Suggestion>> suggest(String locale, String prefix) {
		return this.searchers.suggest(locale, prefix);
	}

	/**
	 * The article the page of a locale and path is made from: the locale folder's own, or for the source
	 * language's page of an article only translated, the article its English comes from.
	 */
	public Optional<Article> article(String locale, String path) {
		Optional<Article> own = this.index.article(locale, path);
		if (own.isPresent() || !locale.equals(this.index.sourceLocale())) {
			return own;
		}
		return Optional.ofNullable(this.index.englishSource(path));
	}

	/** The articles served. */
	public List<Article> articles() {
		return this.index.articles();
	}

	/** How many articles are served, without listing them in order as {@link #articles()} does. */
	public int articleCount() {
		return this.index.size();
	}

	/**
	 * A response made from this snapshot and kept with it (a search page for a query, suggestions for a prefix):
	 * made once, served as long as this snapshot is current, gone with it.
	 * @param key what the response is of, unique across kinds ({@code search:zh-tw:密碼})
	 */
	@SuppressWarnings("unchecked")
	public <T> T made(String key, Function<String, T> make) {
		return (T) this.made.get(key, make);
	}

	/** The response made for {@code key}, if this snapshot has one and it is a {@code type}; {@code null} otherwise. */
	public <T> T madeIfPresent(String key, Class<T> type) {
		Object made = this.made.getIfPresent(key);
		return type.isInstance(made) ? type.cast(made) : null;
	}

	/** Everything the content check and loading found, newest first. */
	public List<SiteFinding> findings() {
		return this.findings;
	}

}
