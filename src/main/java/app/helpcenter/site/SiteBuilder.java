package app.helpcenter.site;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;

import app.helpcenter.cache.RenderCache;
import app.helpcenter.check.CheckedArticle;
import app.helpcenter.check.ContentCheck;
import app.helpcenter.check.Finding;
import app.helpcenter.content.Article;
import app.helpcenter.content.ContentReader;
import app.helpcenter.content.ContentTree;
import app.helpcenter.content.Hub;
import app.helpcenter.content.LoadProblem;
import app.helpcenter.content.LocaleFolder;
import app.helpcenter.content.Redirect;
import app.helpcenter.content.TableOfContents;
import app.helpcenter.render.ArticleIndex;
import app.helpcenter.render.PageBuilder;
import app.helpcenter.render.Pages;
import app.helpcenter.render.RenderPool;
import app.helpcenter.render.RenderedArticle;
import app.helpcenter.search.SearchIndex;
import app.helpcenter.search.Searchers;
import app.helpcenter.search.Synonyms;

/**
 * The one place that builds a {@link SiteSnapshot} from the content: the first one from everything, each next
 * one from the one before and what changed, reading, rendering, preparing and indexing only what
 * {@link Invalidation} says. When a changed file cannot be read or rendered, the last good version of what it
 * held stays and the problem is a finding; a file that is gone is gone. Builds run one at a time
 * ({@link LiveSite} makes sure of it).
 */
public final class SiteBuilder {

	private final Path root;

	private final ContentReader reader;

	private final long maxFileBytes;

	private final PageBuilder pageBuilder;

	private final PageTemplate template;

	private final SearchIndex search;

	private final Path responseFolder;

	private final RenderCache cache;

	private final Clock clock;

	private volatile boolean stopping;

	private long generation;

	/**
	 * @param root the content root
	 * @param maxFileBytes the most bytes one content file may have
	 * @param pageBuilder renders articles and assembles the site's pages
	 * @param template turns pages into their responses
	 * @param search the search index, which the builds keep up to date
	 * @param responseFolder where prepared responses are kept
	 * @param cache renderings kept from earlier runs, and where new ones are kept
	 * @param clock the time of findings and reloads
	 */
	public SiteBuilder(Path root, long maxFileBytes, PageBuilder pageBuilder, PageTemplate template, SearchIndex search,
			Path responseFolder, RenderCache cache, Clock clock) {
		this.root = root;
		this.maxFileBytes = maxFileBytes;
		this.reader = new ContentReader(maxFileBytes);
		this.pageBuilder = pageBuilder;
		this.template = template;
		this.search = search;
		this.responseFolder = responseFolder;
		this.cache = cache;
		this.clock = clock;
	}

	/**
	 * A snapshot built and what building it did.
	 *
	 * @param snapshot the snapshot
	 * @param reload what building it did
	 * @param problems what keeps files from being served as they are now (the rest of the findings are the
	 * content check's)
	 * @param rendered the articles rendered (again), by file as reports name it
	 */
	record Built(SiteSnapshot snapshot, Reload reload, List<LoadProblem> problems, List<Path> rendered) {
	}

	/** The first snapshot: everything read, rendered, prepared and indexed; articles are checked later. */
	Built initial() {
		return build(null, Set.of(), false, false);
	}

	/**
	 * What is served until the opening snapshot is built: no content, not complete (generation 0). Requests wait
	 * for the opening snapshot, or are answered 503.
	 * @throws IllegalStateException when the content root is not a folder: nothing can be served from it
	 */
	SiteSnapshot placeholder() {
		ContentTree tree = ContentTree.empty(this.root);
		ArticleIndex index = ArticleIndex.of(List.of(), List.of(), this.pageBuilder.sourceLocale());
		Pages pages = this.pageBuilder.assemble(index, List.of(), List.of(), List.of(), List.of(), List.of(), null);
		return new SiteSnapshot(0, this.clock.instant(), tree, SiteSnapshot.State.EMPTY, index, pages,
				PreparedResponses.none(), this.search.acquire(), List.of(), 1,
				new OnDemandPages((article) -> Optional.empty()), false);
	}

	/**
	 * The opening snapshot: every file read, so that it knows every article, its navigation, landing pages and
	 * redirects, but no article rendered: it renders each when a reader first asks for it
	 * ({@link OnDemandPages}), until {@link #next} builds the complete snapshot from it. Search is not brought
	 * up to date: on a restart on unchanged content, it answers from the index the last run kept of that content;
	 * on a first start (no index kept), from the articles' Markdown once {@link #searchUnrendered} has indexed it.
	 */
	Built opening() {
		return build(null, Set.of(), false, true);
	}

	/**
	 * On a first start, once the opening snapshot is served: indexes its articles from their Markdown
	 * ({@link SearchIndex#indexUnrendered}) and has it answer searches from that index until the complete snapshot
	 * replaces it. Nothing when it searches already (the index the last run kept of the same content), or when an
	 * index of other content was kept (the complete snapshot brings it up to date, writing only what changed).
	 * @return whether the opening snapshot answers searches now
	 */
	boolean searchUnrendered(SiteSnapshot opening) {
		if (opening.canSearch()) {
			return true;
		}
		if (!this.search.indexUnrendered(opening.index(), this.pageBuilder::awaitReadersTurn)) {
			return false;
		}
		opening.searchFrom(this.search.acquire(opening.synonyms()));
		return true;
	}

	/**
	 * The snapshot after changes to the content.
	 * @param touched files the watcher saw change (the scan finds the others)
	 * @param checkAll whether to run the content check on every article not yet checked (once, after start-up)
	 */
	Built next(SiteSnapshot previous, Collection<Path> touched, boolean checkAll) {
		return build(previous, touched, checkAll, false);
	}

	/**
	 * The help center is stopping: a build under way ends at its next step (between articles while rendering,
	 * before preparing the pages, before writing the search index), throwing {@link CancellationException}; the
	 * renderings it made are in the render cache already. Writing the search index is let finish: it ends with a
	 * commit.
	 */
	void stop() {
		this.stopping = true;
		this.pageBuilder.stop();
	}

	private void continueUnlessStopping() {
		if (this.stopping) {
			throw new CancellationException("The help center is stopping");
		}
	}

	private Built build(SiteSnapshot previous, Collection<Path> touched, boolean checkAll, boolean opening) {
		long start = System.nanoTime();
		Phases phases = new Phases();
		ContentTree tree = ContentTree.scan(this.root, this.maxFileBytes);
		phases.end("scan");
		Invalidation invalidation = (previous != null) ? Invalidation.of(tree, previous.tree(), touched) : null;
		ContentRead content = (previous != null) ? ContentRead.of(tree, this.reader, invalidation, previous.state())
				: ContentRead.first(tree, this.reader, this.cache.findReading(this.root));
		if (previous == null && content.readAnArticle()) {
			this.cache.storeReading(this.root, content.toKeep());
		}
		SiteSnapshot.State before = (previous != null) ? previous.state() : SiteSnapshot.State.EMPTY;
		Map<Path, List<LoadProblem>> problems = content.problems();
		Set<Path> read = content.read();
		Map<Path, Article> articles = content.articles();
		Map<Path, TableOfContents> tables = content.tables();
		Map<Path, Hub> hubs = content.hubs();
		Map<Path, List<Redirect>> redirects = content.redirects();
		Map<Path, String> synonymFiles = content.synonyms();

		List<LoadProblem> duplicates = new ArrayList<>();
		List<Article> served = ContentReader.withoutDuplicateUrls(List.copyOf(articles.values()), duplicates);
		ArticleIndex index = ArticleIndex.of(served, hubs.values(), this.pageBuilder.sourceLocale());
		phases.end("read");

		Map<Path, RenderedArticle> rendered = new HashMap<>();
		List<Article> toRender = new ArrayList<>();
		boolean sameShape = previous != null && index.sameShape(previous.index());
		for (Article article : opening ? List.<Article>of() : served) {
			RenderedArticle last = before.rendered().get(article.file());
			if (last == null && previous != null) {
				last = previous.renderingMadeOnDemand(article.file());
			}
			if (Invalidation.mustRender(article, last, index, sameShape, this.pageBuilder.renderer())) {
				toRender.add(article);
			}
			else {
				rendered.put(article.file(), last);
			}
		}
		List<RenderedArticle> kept = fromCache(toRender, index);
		List<Article> notKept = new ArrayList<>();
		for (int i = 0; i < toRender.size(); i++) {
			if (kept.get(i) != null) {
				rendered.put(toRender.get(i).file(), kept.get(i));
			}
			else {
				notKept.add(toRender.get(i));
			}
		}
		int cached = toRender.size() - notKept.size();
		toRender = notKept;
		phases.end("cache");
		// Each rendering is kept as soon as it is made: a process stopped or killed while rendering (a first start
		// renders for minutes) leaves the next start what it had rendered.
		List<RenderPool.Outcome> outcomes = this.pageBuilder.render(toRender, index, this.cache::store);
		phases.end("render");
		List<Article> renderedNow = new ArrayList<>();
		for (int i = 0; i < toRender.size(); i++) {
			Article article = toRender.get(i);
			RenderPool.Outcome outcome = outcomes.get(i);
			if (outcome.problem() == null) {
				rendered.put(article.file(), outcome.rendered());
				renderedNow.add(article);
				continue;
			}
			RenderedArticle last = before.rendered().get(article.file());
			List<LoadProblem> fileProblems = new ArrayList<>(problems.getOrDefault(article.file(), List.of()));
			fileProblems.add(new LoadProblem(article.source(), 0, 0, outcome.problem()
					+ ((last != null) ? " (the last version that rendered is served)" : "")));
			problems.put(article.file(), fileProblems);
			if (last != null) {
				rendered.put(article.file(), last);
				articles.put(article.file(), last.article());
			}
		}
		Collection<RenderedArticle> pagesOf = served.stream()
			.map((article) -> rendered.get(article.file()))
			.filter((article) -> article != null)
			.toList();

		List<TableOfContents> tableList = List.copyOf(tables.values());
		List<Hub> hubList = List.copyOf(hubs.values());
		Pages pages = this.pageBuilder.assemble(index, pagesOf, tableList, hubList,
				redirects.values().stream().flatMap(List::stream).toList(), List.of(),
				(previous != null) ? previous.pages() : null);
		phases.end("assemble");
		continueUnlessStopping();
		PreparedResponses responses = PreparedResponses.next(
				(previous != null) ? previous.responses() : PreparedResponses.none(), pages, this.template,
				this.responseFolder, this.cache);
		phases.end("prepare");
		Searchers searchers;
		int searchDocuments;
		boolean searches;
		try {
			continueUnlessStopping();
			searchDocuments = opening ? 0 : this.search.update(pages, tree.version());
			// An opening snapshot searches the index the last run kept of the same content, or later the articles'
			// Markdown (searchUnrendered); otherwise search waits for the complete snapshot.
			searches = opening && this.search.openKept(index.locales(), index.sourceLocale(), tree.version());
			searchers = this.search.acquire(synonyms(tree, synonymFiles, index, problems));
			phases.end("search");
		}
		catch (RuntimeException ex) {
			responses.release();
			throw ex;
		}

		// The build that completes an opening snapshot renders every article; like the first build, it leaves
		// the check to checkAll, which comes after it.
		boolean firstBuild = previous == null || !previous.isComplete();
		Checks checks = check(tree, served, before, read, renderedNow, firstBuild, checkAll);
		Map<Path, List<Finding>> checked = checks.findings();
		List<SiteFinding> findings = findings(tree, problems, duplicates, pages, checked, served, redirects, index,
				(previous != null) ? previous.findings() : List.of());
		phases.end("check");
		Instant now = this.clock.instant();
		SiteSnapshot.State state = new SiteSnapshot.State(articles, rendered, checked, tables, hubs, redirects,
				synonymFiles, problems);
		OnDemandPages onDemand = opening
				? new OnDemandPages((article) -> this.pageBuilder
					.forReader(() -> renderOnDemand(article, index, tableList, hubList, pages)))
				: null;
		SiteSnapshot snapshot = new SiteSnapshot(++this.generation, now, tree, state, index, pages, responses, searchers,
				findings, this.search.cachedResponses(), onDemand, searches);
		int changed = (invalidation != null) ? (int) invalidation.changedFiles()
			.stream()
			.filter((file) -> tree.entry(file).isPresent() || previous.tree().entry(file).isPresent())
			.count() : tree.size();
		if (!outcomes.isEmpty()) {
			this.cache.sweepLater();
		}
		Reload reload = new Reload(now, Duration.ofNanos(System.nanoTime() - start), true, changed, read.size(),
				outcomes.size(), cached, responses.prepared().size(), responses.fromCache(), searchDocuments,
				checks.ran(), checks.fromCache(), findings.size(), "", phases.durations());
		List<LoadProblem> notServed = Stream
			.of(tree.problems(), duplicates, pages.problems(), problems.values().stream().flatMap(List::stream).toList())
			.flatMap(List::stream)
			.sorted(Comparator.comparing(LoadProblem::file))
			.toList();
		return new Built(snapshot, reload, notServed, toRender.stream().map(Article::source).toList());
	}

	/**
	 * The pages of one article of an opening snapshot and their responses: its rendering from the render cache, or
	 * rendered now (and kept there), assembled with the navigation of the opening snapshot's {@code pages}.
	 * Nothing when it cannot be rendered: the complete snapshot reports why.
	 */
	private Optional<OnDemandPages.Made> renderOnDemand(Article article, ArticleIndex index,
			List<TableOfContents> tables, List<Hub> hubs, Pages opening) {
		RenderedArticle rendered = this.cache.find(article)
			.filter((found) -> this.pageBuilder.renderer().isCurrent(found, index))
			.orElse(null);
		boolean renderedNow = rendered == null;
		if (renderedNow) {
			RenderPool.Outcome outcome = this.pageBuilder.renderNow(article, index);
			if (outcome.problem() != null) {
				return Optional.empty();
			}
			rendered = outcome.rendered();
			this.cache.store(rendered);
		}
		Pages pages = this.pageBuilder.assemble(index, List.of(rendered), tables, hubs, List.of(), List.of(), opening);
		return Optional.of(new OnDemandPages.Made(rendered, pages,
				PreparedResponses.next(PreparedResponses.none(), pages, this.template, this.responseFolder, this.cache),
				renderedNow));
	}

	/**
	 * The rendering kept in the cache of each article, when it is what rendering it against {@code index} would
	 * give; {@code null} for the others.
	 */
	private List<RenderedArticle> fromCache(List<Article> articles, ArticleIndex index) {
		return articles.parallelStream()
			.map((article) -> this.cache.find(article)
				.filter((found) -> this.pageBuilder.renderer().isCurrent(found, index))
				.orElse(null))
			.toList();
	}

	/**
	 * The synonyms of each locale's queries: the help center's own, then the locale folders' files; a line that
	 * cannot be read is a problem of its file, and the others apply.
	 */
	private static Synonyms synonyms(ContentTree tree, Map<Path, String> files, ArticleIndex index,
			Map<Path, List<LoadProblem>> problems) {
		Map<ContentTree.Entry, String> read = new HashMap<>();
		for (ContentTree.Entry entry : tree.entries(ContentTree.Kind.SYNONYMS)) {
			String text = files.get(entry.file());
			if (text != null) {
				read.put(entry, text);
			}
		}
		Synonyms.Loaded loaded = Synonyms.load(read, index.locales(), index.sourceLocale());
		loaded.problems().forEach((entry, found) -> {
			List<LoadProblem> fileProblems = new ArrayList<>(problems.getOrDefault(entry.file(), List.of()));
			fileProblems.addAll(found);
			problems.put(entry.file(), fileProblems);
		});
		return loaded.synonyms();
	}

	/**
	 * What the content check found, by article file, and how many articles it ran on or took from the render cache.
	 */
	private record Checks(Map<Path, List<Finding>> findings, int ran, int fromCache) {
	}

	/**
	 * What the content check finds in each served article: checked again when it was read or rendered again
	 * (a link of it may have changed), taken over otherwise. The first build checks nothing (readers do not
	 * wait for the check); {@code checkAll} checks every article not checked yet. An article to check whose
	 * findings the render cache keeps, with the same answers about the files it looked for, is not checked again.
	 */
	private Checks check(ContentTree tree, List<Article> served, SiteSnapshot.State before, Set<Path> read,
			List<Article> renderedNow, boolean firstBuild, boolean checkAll) {
		Map<String, LocaleFolder> folders = new HashMap<>();
		tree.folders().forEach((folder) -> folders.put(folder.locale(), folder));
		Set<Path> again = new HashSet<>(read);
		renderedNow.forEach((article) -> again.add(article.file()));
		Map<Path, List<Finding>> checked = new ConcurrentHashMap<>();
		LongAdder ran = new LongAdder();
		LongAdder fromCache = new LongAdder();
		served.parallelStream().forEach((article) -> {
			List<Finding> last = before.checked().get(article.file());
			if (last != null && !again.contains(article.file())) {
				checked.put(article.file(), last);
			}
			else if (checkAll || (!firstBuild && again.contains(article.file()))) {
				LocaleFolder folder = folders.get(article.locale());
				Optional<CheckedArticle> kept = this.cache.findCheck(article).filter((found) -> found.holdsFor(folder));
				if (kept.isPresent()) {
					checked.put(article.file(), kept.get().findings());
					fromCache.increment();
					return;
				}
				CheckedArticle now = ContentCheck.checkRecording(article, folder);
				if (now.complete()) {
					this.cache.storeCheck(article, now);
				}
				checked.put(article.file(), now.findings());
				ran.increment();
			}
		});
		return new Checks(checked, ran.intValue(), fromCache.intValue());
	}

	/** Every finding, each with the time it was first seen (kept from {@code previous}), newest first. */
	private List<SiteFinding> findings(ContentTree tree, Map<Path, List<LoadProblem>> problems,
			List<LoadProblem> duplicates, Pages pages, Map<Path, List<Finding>> checked, List<Article> served,
			Map<Path, List<Redirect>> redirects, ArticleIndex index, List<SiteFinding> previous) {
		List<Finding> all = new ArrayList<>();
		Stream.of(tree.problems(), duplicates, pages.problems())
			.flatMap(List::stream)
			.map(ContentCheck::of)
			.forEach(all::add);
		problems.values().stream().flatMap(List::stream).map(ContentCheck::of).forEach(all::add);
		for (Article article : served) {
			List<Finding> found = checked.get(article.file());
			if (found != null) {
				all.addAll(found);
			}
			else {
				article.notes().stream().map(ContentCheck::of).forEach(all::add);
			}
		}
		all.addAll(ContentCheck.checkRedirects(redirects.values().stream().flatMap(List::stream).toList(),
				(locale, path) -> index.article(locale, path).isPresent()));
		Map<Finding, Instant> since = new HashMap<>();
		previous.forEach((finding) -> since.put(finding.finding(), finding.since()));
		Instant now = this.clock.instant();
		return all.stream()
			.distinct()
			.map((finding) -> new SiteFinding(finding, since.getOrDefault(finding, now)))
			.sorted(Comparator.comparing(SiteFinding::since)
				.reversed()
				.thenComparing((finding) -> finding.finding().file())
				.thenComparingInt((finding) -> finding.finding().line()))
			.toList();
	}

}
