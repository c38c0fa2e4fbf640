package app.helpcenter.render;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import app.helpcenter.content.Article;
import app.helpcenter.content.Content;
import app.helpcenter.content.Hub;
import app.helpcenter.content.LoadProblem;
import app.helpcenter.content.Redirect;
import app.helpcenter.content.RedirectionFile;
import app.helpcenter.content.TableOfContents;

/**
 * Renders content into {@link Pages}: each article on its own ({@link ArticleRenderer}, on a {@link RenderPool}),
 * then what is per site (navigation from the tables of contents, landing pages, redirects) is assembled around
 * the articles' pages. An article that fails to render is reported and left out.
 */
public final class PageBuilder {

	/**
	 * Redirect targets a browser may be sent to: http(s) URLs and site paths without control characters
	 * (other characters a URI cannot hold, a space in an article's name among them, are percent-encoded).
	 */
	private static final Pattern SAFE_REDIRECT = Pattern.compile("(?:https?://[^\\s/]+)?/[^\\p{Cntrl}]*",
			Pattern.CASE_INSENSITIVE);

	private final ArticleRenderer renderer;

	private final RenderPool pool;

	private final ReadersFirst readersFirst = new ReadersFirst();

	private final String upstream;

	private final String sourceLocale;

	/**
	 * @param upstream the site that links to articles not loaded here go to, with {@code {locale}}
	 * @param messages interface text for alert labels
	 * @param timeout how long one article may take to render before it is reported and left out
	 * @param sourceLocale where the source language (English) is served
	 */
	public PageBuilder(String upstream, Messages messages, Duration timeout, String sourceLocale) {
		this.upstream = upstream;
		this.sourceLocale = sourceLocale;
		this.renderer = new ArticleRenderer(upstream, messages);
		this.pool = new RenderPool(timeout);
	}

	/** Where the source language (English) is served. */
	public String sourceLocale() {
		return this.sourceLocale;
	}

	/** Renders everything in {@code content} at once. */
	public Pages build(Content content) {
		ArticleIndex index = ArticleIndex.of(content.articles(), content.hubs(), this.sourceLocale);
		List<LoadProblem> problems = new ArrayList<>(content.problems());
		List<RenderedArticle> rendered = new ArrayList<>();
		List<Article> articles = index.articles();
		List<RenderPool.Outcome> outcomes = render(articles, index, (done) -> {
		});
		for (int i = 0; i < articles.size(); i++) {
			RenderPool.Outcome outcome = outcomes.get(i);
			if (outcome.problem() != null) {
				problems.add(new LoadProblem(articles.get(i).source(), 0, 0, outcome.problem()));
			}
			else {
				rendered.add(outcome.rendered());
			}
		}
		return assemble(index, rendered, content.tablesOfContents(), content.hubs(), content.redirects(), problems,
				null);
	}

	/**
	 * Renders articles against {@code index}, each with the time limit; the outcomes in the same order. Before
	 * each article it waits a little while a reader waits for a page ({@link #forReader}).
	 */
	public List<RenderPool.Outcome> render(Collection<Article> articles, ArticleIndex index,
			Consumer<RenderedArticle> done) {
		return this.pool.render(articles, (article) -> this.readersFirst.awaitTurn(),
				(article) -> this.renderer.render(article, index), done);
	}

	/**
	 * Renders one article a reader is waiting for, with the time limit; inside {@link #forReader}, so that it goes
	 * ahead of what {@link #render} is rendering.
	 */
	public RenderPool.Outcome renderNow(Article article, ArticleIndex index) {
		return this.pool.render(List.of(article), (each) -> this.renderer.render(each, index)).get(0);
	}

	/**
	 * Makes what a reader is waiting for (an article's pages made on demand: its rendering, by {@link #renderNow},
	 * and its page) ahead of the builds, whose renderings and {@link #awaitReadersTurn} wait while it runs.
	 */
	public <T> T forReader(Supplier<T> making) {
		this.readersFirst.begin();
		try {
			return making.get();
		}
		finally {
			this.readersFirst.end();
		}
	}

	/**
	 * Before the next article a first start indexes from its Markdown, on one of a thread per core: waits while a
	 * reader waits for a page, up to a bound, as each article {@link #render} renders does, but one of the threads
	 * goes on, since searches wait for that index.
	 */
	public void awaitReadersTurn() {
		this.readersFirst.awaitTurnLeavingOne(Runtime.getRuntime().availableProcessors());
	}

	/** The help center is stopping: a rendering under way ends ({@link RenderPool#stop}). */
	public void stop() {
		this.pool.stop();
	}

	/** The renderer, to ask whether a rendered article is still current. */
	public ArticleRenderer renderer() {
		return this.renderer;
	}

	/**
	 * Assembles the site's pages around rendered articles: each page gets the navigation of its docset,
	 * landing pages and redirects are resolved against {@code index}.
	 * @param previous the pages this replaces, or {@code null}: a navigation equal to one of them is taken over,
	 * and so is a page whose rendering and navigation are both unchanged, so that what depends on them can tell
	 * by identity that nothing changed
	 */
	public Pages assemble(ArticleIndex index, Collection<RenderedArticle> rendered, List<TableOfContents> tables,
			List<Hub> hubs, List<Redirect> redirects, List<LoadProblem> problems, Pages previous) {
		LinkResolver links = new LinkResolver(this.upstream, index::exists);
		Map<String, String> renderedHeadings = new HashMap<>();
		rendered.stream()
			.flatMap((article) -> article.pages().stream())
			.filter((page) -> page.locale().equals(index.sourceLocale()))
			.forEach((page) -> renderedHeadings.put(page.path(), page.heading()));
		// An article not rendered yet (an opening snapshot's) shows in English navigation its Markdown's heading.
		Function<String, String> englishHeadings = (path) -> {
			String heading = renderedHeadings.get(path);
			return (heading != null) ? heading : index.englishHeadingBeforeRendering(path);
		};
		Navigations navigations = new Navigations(tables, this.upstream, index, englishHeadings,
				(previous != null) ? previous.navigations() : Map.of());
		List<String> locales = index.locales();
		Map<String, Map<String, Page>> pages = new HashMap<>();
		Map<String, Map<String, Page>> bilingual = new HashMap<>();
		locales.forEach((locale) -> pages.put(locale, new HashMap<>()));
		locales.forEach((locale) -> bilingual.put(locale, new HashMap<>()));
		Map<Page, Page> placed = new IdentityHashMap<>();
		Pages.Changes changes = new Pages.Changes();
		for (RenderedArticle article : rendered) {
			TableOfContents table = navigations.tableOf(article.article());
			for (Page page : article.pages()) {
				Navigation navigation = navigations.navigation(table, page.locale());
				Page before = (previous != null) ? previous.placed(page) : null;
				Page withNavigation;
				if (before != null && before.navigation() == navigation) {
					withNavigation = before;
				}
				else {
					withNavigation = page.withNavigation(navigation);
					changes.renewed(withNavigation, before == null);
				}
				placed.put(page, withNavigation);
				((page.view() == ArticleView.BILINGUAL) ? bilingual : pages).get(page.locale())
					.put(page.path(), withNavigation);
			}
		}
		if (previous != null) {
			previous.placedPages().forEach((renderedBefore, before) -> {
				if (!placed.containsKey(renderedBefore)) {
					Map<String, Page> now = ((before.view() == ArticleView.BILINGUAL) ? bilingual : pages)
						.getOrDefault(before.locale(), Map.of());
					if (!now.containsKey(before.path())) {
						changes.removed(before);
					}
				}
			});
		}
		List<LoadProblem> allProblems = new ArrayList<>(problems);
		Map<String, Map<String, String>> redirectTargets = redirects(redirects, locales, index.sourceLocale(), links,
				allProblems);
		Map<String, Map<String, HubPage>> hubPages = new HashMap<>();
		Map<String, BuiltHub> builtHubs = new HashMap<>();
		for (Hub hub : hubs) {
			for (String locale : List.of(hub.locale(), index.sourceLocale())) {
				String key = locale + ":" + hub.folder();
				if (locales.contains(locale) && !builtHubs.containsKey(key)) {
					BuiltHub before = (previous != null) ? previous.hubsBuilt().get(key) : null;
					BuiltHub built = (before != null && before.hub() == hub
							&& before.dependencies().holdStill(index, englishHeadings)) ? before
									: hubPage(hub, locale, index, englishHeadings);
					builtHubs.put(key, built);
					hubPages.computeIfAbsent(locale, (folder) -> new HashMap<>()).put(hub.folder(), built.page());
				}
			}
		}
		allProblems.sort(Comparator.comparing(LoadProblem::file));
		return new Pages(locales, pages, bilingual, redirectTargets, hubPages, allProblems, navigations.built(),
				builtHubs, placed, (previous != null) ? previous.generation() : -1, changes);
	}

	/**
	 * A landing page and what it was built from, so that the next site can take it over unchanged.
	 *
	 * @param hub its {@code index.yml}
	 * @param page the page
	 * @param dependencies whether each linked article was here, and its English heading
	 */
	record BuiltHub(Hub hub, HubPage page, Dependencies dependencies) {
	}

	/** A landing page; in English its links carry the English titles of the articles they lead to. */
	private BuiltHub hubPage(Hub hub, String locale, ArticleIndex index, Function<String, String> englishHeadings) {
		Dependencies dependencies = new Dependencies();
		LinkResolver links = new LinkResolver(this.upstream, dependencies.exists(index));
		String hubPath = hub.folder().isEmpty() ? "index" : hub.folder() + "/index";
		String source = index.sourceLocale();
		boolean english = locale.equals(source) && !hub.locale().equals(source);
		String hubLanguage = SiteLocales.languageTag(hub.locale());
		List<HubPage.Section> sections = hub.sections().stream().map((section) -> new HubPage.Section(section.title(),
				section.links().stream().map((link) -> {
					String url = links.resolve(link.href(), hub.locale(), hubPath, locale);
					String title = english ? links.article(link.href(), hub.locale(), hubPath)
						.map((path) -> dependencies.heading(englishHeadings, path))
						.orElse(null) : link.text();
					return (title != null) ? new HubPage.Link(title, null, url)
							: new HubPage.Link(link.text(), hubLanguage, url);
				}).toList())).toList();
		List<Page.Alternative> languages = List.of(hub.locale(), source)
			.stream()
			.distinct()
			.map((language) -> new Page.Alternative(language, ArticleView.TRANSLATED, SiteLocales.languageTag(language),
					SiteLocales.languageName(language), "/" + language + "/" + Urls.path(hub.folder()) + "/", "",
					language.equals(source)))
			.toList();
		return new BuiltHub(hub, new HubPage(locale, hub.folder(), SiteLocales.languageTag(locale), hubLanguage,
				hub.title(), hub.summary(), sections, languages), dependencies);
	}

	/**
	 * Where each old path of a redirection file now answers, in its locale and in English: absolute URLs as
	 * written, site-relative paths to the article here when it is loaded, else to the upstream site.
	 */
	private static Map<String, Map<String, String>> redirects(List<Redirect> redirects, List<String> locales,
			String sourceLocale, LinkResolver links, List<LoadProblem> problems) {
		Map<String, Map<String, String>> targets = new HashMap<>();
		for (Redirect redirect : redirects) {
			String target = redirect.redirectUrl();
			if (!SAFE_REDIRECT.matcher(target).matches()) {
				problems.add(new LoadProblem(Path.of(redirect.locale(), RedirectionFile.NAME), 0, 0,
						"redirect of " + redirect.sourcePath() + " to " + target.replaceAll("\\p{Cntrl}", "?")
								+ " ignored: only http(s) URLs and site paths are followed"));
				continue;
			}
			for (String locale : List.of(redirect.locale(), sourceLocale)) {
				if (locales.contains(locale)) {
					String url = LinkResolver.isExternal(target) ? Urls.encodeIllegal(target)
							: links.resolve(target.startsWith("/") ? target : "/" + target, redirect.locale(), "", locale);
					targets.computeIfAbsent(locale, (key) -> new HashMap<>()).putIfAbsent(redirect.sourcePath(), url);
				}
			}
		}
		return targets;
	}

}
