package app.helpcenter.render;

import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import app.helpcenter.content.Article;
import app.helpcenter.content.Content;
import app.helpcenter.content.FrontMatter;
import app.helpcenter.content.Hub;
import app.helpcenter.content.LoadProblem;
import app.helpcenter.content.Redirect;
import app.helpcenter.content.RedirectionFile;

/**
 * Renders loaded content into {@link Pages}: each article is parsed once, then turned into its translated
 * page and, where it is the source of the English page, its English page. Articles render in parallel; an
 * article that fails is reported and left out.
 *
 * <p>
 * The English page of a path comes from the {@code en-us} folder when it has that article, otherwise from
 * the English segments of the first locale folder (in alphabetical order) that has it.
 */
public final class PageBuilder {

	private static final List<String> ALERT_TYPES = List.of("note", "tip", "important", "warning", "caution");

	/**
	 * Redirect targets a browser may be sent to: http(s) URLs and site paths without control characters
	 * (other characters a URI cannot hold, a space in an article's name among them, are percent-encoded).
	 */
	private static final Pattern SAFE_REDIRECT = Pattern.compile("(?:https?://[^\\s/]+)?/[^\\p{Cntrl}]*",
			Pattern.CASE_INSENSITIVE);

	private final MarkdownRenderer markdown = new MarkdownRenderer();

	private final String upstream;

	private final Messages messages;

	private final Duration timeout;

	/**
	 * @param upstream the site that links to articles not loaded here go to, with {@code {locale}}
	 * @param messages interface text for alert labels
	 * @param timeout how long one article may take to render before it is reported and left out
	 */
	public PageBuilder(String upstream, Messages messages, Duration timeout) {
		this.upstream = upstream;
		this.messages = messages;
		this.timeout = timeout;
	}

	public Pages build(Content content) {
		Map<String, Map<String, Article>> articles = content.articles()
			.stream()
			.collect(Collectors.groupingBy(Article::locale, TreeMap::new,
					Collectors.toMap(Article::path, (article) -> article)));
		List<String> translatedLocales = articles.keySet()
			.stream()
			.filter((locale) -> !locale.equals(SiteLocales.ENGLISH))
			.toList();
		List<String> locales = new ArrayList<>(translatedLocales);
		if (!articles.isEmpty()) {
			locales.add(SiteLocales.ENGLISH);
		}
		Set<String> hubFolders = content.hubs()
			.stream()
			.map((hub) -> hub.locale() + ":" + hub.folder() + "/")
			.collect(Collectors.toSet());
		LinkResolver links = new LinkResolver(this.upstream,
				(locale, path) -> articles.getOrDefault(locale, Map.of()).containsKey(path)
						|| hubFolders.contains(locale + ":" + path));
		List<LoadProblem> problems = new ArrayList<>(content.problems());
		Map<String, Map<String, Page>> pages = new TreeMap<>();
		Map<String, Map<String, Page>> bilingual = new TreeMap<>();
		locales.forEach((locale) -> pages.put(locale, new TreeMap<>()));
		locales.forEach((locale) -> bilingual.put(locale, new TreeMap<>()));
		List<RenderTask> tasks = content.articles().stream().map((article) -> new RenderTask(article, () -> {
			String html = this.markdown.toHtml(article.markdown());
			List<Page.Alternative> views = views(article.path(), locales, articles);
			LinkContext context = new LinkContext(article, links);
			String locale = article.locale();
			boolean englishPage = englishSource(article.path(), articles, translatedLocales) == article
					&& !locale.equals(SiteLocales.ENGLISH);
			// The English text is rendered once, for the English page and the side-by-side page's English column.
			RenderedView english = (englishPage || article.segmented()) ? sanitized(ArticleHtml.render(html,
					ArticleView.ENGLISH, context.forPage(SiteLocales.ENGLISH), alertLabels(SiteLocales.ENGLISH))) : null;
			List<Page> rendered = new ArrayList<>(3);
			rendered.add(page(article, sanitized(ArticleHtml.render(html, ArticleView.TRANSLATED, context.forPage(locale),
					alertLabels(locale))), ArticleView.TRANSLATED, locale, views));
			if (article.segmented()) {
				RenderedView translation = sanitized(
						ArticleHtml.renderTranslation(html, context.forPage(locale), alertLabels(locale)));
				rendered.add(page(article, ArticleHtml.pair(translation, english), ArticleView.BILINGUAL, locale, views));
			}
			if (englishPage) {
				rendered.add(page(article, english, ArticleView.ENGLISH, SiteLocales.ENGLISH, views));
			}
			return rendered;
		})).toList();
		runIsolated(tasks);
		Map<String, String> englishHeadings = new HashMap<>();
		tasks.stream()
			.filter((task) -> task.problem == null)
			.flatMap((task) -> task.result.stream())
			.filter((page) -> page.locale().equals(SiteLocales.ENGLISH))
			.forEach((page) -> englishHeadings.put(page.path(), page.heading()));
		Navigations navigations = new Navigations(content.tablesOfContents(), links, englishHeadings);
		for (RenderTask task : tasks) {
			if (task.problem != null) {
				problems.add(new LoadProblem(task.article.source(), 0, 0, task.problem));
				continue;
			}
			for (Page page : task.result) {
				Page withNavigation = page.withNavigation(navigations.forArticle(task.article, page.locale()));
				((page.view() == ArticleView.BILINGUAL) ? bilingual : pages).get(page.locale())
					.put(page.path(), withNavigation);
			}
		}
		Map<String, Map<String, String>> redirects = redirects(content, locales, links, problems);
		Map<String, Map<String, HubPage>> hubs = new HashMap<>();
		for (Hub hub : content.hubs()) {
			for (String locale : List.of(hub.locale(), SiteLocales.ENGLISH)) {
				if (locales.contains(locale)) {
					hubs.computeIfAbsent(locale, (key) -> new HashMap<>())
						.putIfAbsent(hub.folder(), hubPage(hub, locale, links, englishHeadings));
				}
			}
		}
		problems.sort(Comparator.comparing(LoadProblem::file));
		return new Pages(locales, pages, bilingual, redirects, hubs, problems);
	}

	/** A landing page; in English its links carry the English titles of the articles they lead to. */
	private static HubPage hubPage(Hub hub, String locale, LinkResolver links, Map<String, String> englishHeadings) {
		String hubPath = hub.folder().isEmpty() ? "index" : hub.folder() + "/index";
		boolean english = locale.equals(SiteLocales.ENGLISH) && !hub.locale().equals(SiteLocales.ENGLISH);
		String hubLanguage = SiteLocales.languageTag(hub.locale());
		List<HubPage.Section> sections = hub.sections().stream().map((section) -> new HubPage.Section(section.title(),
				section.links().stream().map((link) -> {
					String url = links.resolve(link.href(), hub.locale(), hubPath, locale);
					String title = english ? links.article(link.href(), hub.locale(), hubPath)
						.map(englishHeadings::get)
						.orElse(null) : link.text();
					return (title != null) ? new HubPage.Link(title, null, url)
							: new HubPage.Link(link.text(), hubLanguage, url);
				}).toList())).toList();
		List<Page.Alternative> languages = List.of(hub.locale(), SiteLocales.ENGLISH)
			.stream()
			.distinct()
			.map((language) -> new Page.Alternative(language, ArticleView.TRANSLATED, SiteLocales.languageTag(language),
					SiteLocales.languageName(language), "/" + language + "/" + Urls.path(hub.folder()) + "/", ""))
			.toList();
		return new HubPage(locale, hub.folder(), SiteLocales.languageTag(locale), hubLanguage, hub.title(),
				hub.summary(), sections, languages);
	}

	/**
	 * Where each old path of a redirection file now answers, in its locale and in English: absolute URLs as
	 * written, site-relative paths to the article here when it is loaded, else to the upstream site.
	 */
	private static Map<String, Map<String, String>> redirects(Content content, List<String> locales,
			LinkResolver links, List<LoadProblem> problems) {
		Map<String, Map<String, String>> redirects = new HashMap<>();
		for (Redirect redirect : content.redirects()) {
			String target = redirect.redirectUrl();
			if (!SAFE_REDIRECT.matcher(target).matches()) {
				problems.add(new LoadProblem(Path.of(redirect.locale(), RedirectionFile.NAME), 0, 0,
						"redirect of " + redirect.sourcePath() + " to " + target.replaceAll("\\p{Cntrl}", "?")
								+ " ignored: only http(s) URLs and site paths are followed"));
				continue;
			}
			for (String locale : List.of(redirect.locale(), SiteLocales.ENGLISH)) {
				if (locales.contains(locale)) {
					String url = LinkResolver.isExternal(target) ? Urls.encodeIllegal(target)
							: links.resolve(target.startsWith("/") ? target : "/" + target, redirect.locale(), "", locale);
					redirects.computeIfAbsent(locale, (key) -> new HashMap<>()).putIfAbsent(redirect.sourcePath(), url);
				}
			}
		}
		return redirects;
	}

	/**
	 * Renders on a pool of threads, one per core. An article that overflows the stack or throws is reported;
	 * one that runs past the time limit is reported and abandoned, and the pool grows by a thread so the
	 * others go on (Java cannot stop a thread that ignores interrupts, and flexmark does).
	 */
	private void runIsolated(List<RenderTask> tasks) {
		int threads = Runtime.getRuntime().availableProcessors();
		AtomicInteger counter = new AtomicInteger();
		ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 1, TimeUnit.SECONDS,
				new LinkedBlockingQueue<>(), (runnable) -> {
					Thread thread = new Thread(runnable, "render-" + counter.incrementAndGet());
					thread.setDaemon(true);
					return thread;
				});
		try {
			CompletionService<RenderTask> completion = new ExecutorCompletionService<>(pool);
			Map<Future<RenderTask>, RenderTask> running = new HashMap<>();
			tasks.forEach((task) -> running.put(completion.submit(task, task), task));
			while (!running.isEmpty()) {
				Future<RenderTask> done = completion.poll(50, TimeUnit.MILLISECONDS);
				if (done != null) {
					running.remove(done);
					continue;
				}
				long now = System.nanoTime();
				for (Map.Entry<Future<RenderTask>, RenderTask> entry : List.copyOf(running.entrySet())) {
					RenderTask task = entry.getValue();
					if (task.overdue(now, this.timeout)) {
						task.problem = "rendering took longer than " + this.timeout.toMillis() + " ms and was abandoned";
						running.remove(entry.getKey());
						entry.getKey().cancel(true);
						pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
						pool.setCorePoolSize(pool.getCorePoolSize() + 1);
					}
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while rendering content", ex);
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static Article englishSource(String path, Map<String, Map<String, Article>> articles,
			List<String> translatedLocales) {
		return Stream.concat(Stream.of(SiteLocales.ENGLISH), translatedLocales.stream())
			.map((locale) -> articles.getOrDefault(locale, Map.of()).get(path))
			.filter(Objects::nonNull)
			.findFirst()
			.orElse(null);
	}

	/** The article in each locale that has it, in English, and side by side in its first translated locale. */
	private List<Page.Alternative> views(String path, List<String> locales,
			Map<String, Map<String, Article>> articles) {
		List<Page.Alternative> views = new ArrayList<>();
		Article bilingualSource = null;
		for (String locale : locales) {
			Article article = articles.getOrDefault(locale, Map.of()).get(path);
			if (article != null || locale.equals(SiteLocales.ENGLISH)) {
				String name = SiteLocales.languageName(locale);
				views.add(new Page.Alternative(locale, ArticleView.TRANSLATED, SiteLocales.languageTag(locale), name,
						"/" + locale + "/" + Urls.path(path),
						this.messages.get("offer.language", SiteLocales.locale(locale)).replace("{0}", name)));
			}
			if (bilingualSource == null && article != null && !locale.equals(SiteLocales.ENGLISH)
					&& article.segmented()) {
				bilingualSource = article;
			}
		}
		if (bilingualSource != null) {
			String locale = bilingualSource.locale();
			views.add(new Page.Alternative(locale, ArticleView.BILINGUAL, SiteLocales.languageTag(locale), "",
					"/" + locale + "/" + Urls.path(path) + Page.BILINGUAL_QUERY,
					this.messages.get("offer.bilingual", SiteLocales.locale(locale))));
		}
		return List.copyOf(views);
	}

	/** The article's HTML passes the sanitizer's allowlist before it is kept. */
	private static RenderedView sanitized(RenderedView view) {
		return new RenderedView(HtmlSanitizer.sanitize(view.headingHtml()).strip(), view.headingText(),
				HtmlSanitizer.sanitize(view.bodyHtml()).strip(), view.summary(), view.outline());
	}

	/** A page of the article from its rendered and sanitized view. */
	private Page page(Article article, RenderedView rendered, ArticleView view, String locale,
			List<Page.Alternative> views) {
		Locale interfaceLocale = SiteLocales.locale(locale);
		FrontMatter frontMatter = article.frontMatter();
		boolean fromSegments = view == ArticleView.ENGLISH;
		String heading = rendered.headingText().isBlank() ? frontMatter.title().orElse(article.path())
				: rendered.headingText();
		String title = fromSegments ? heading : frontMatter.title().orElse(heading);
		String description = fromSegments ? rendered.summary() : frontMatter.description().orElse(rendered.summary());
		String dateText = frontMatter.date()
			.map(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(interfaceLocale)::format)
			.orElse("");
		String headingHtml = rendered.headingHtml();
		String bodyHtml = rendered.bodyHtml();
		boolean revealable = view == ArticleView.TRANSLATED
				&& (bodyHtml.contains("class=\"seg-en\"") || headingHtml.contains("class=\"seg-en\""));
		return new Page(locale, article.path(), view, SiteLocales.languageTag(locale), title, description,
				frontMatter.keywords(), frontMatter.date().orElse(null), dateText, frontMatter.author().orElse(""),
				heading, headingHtml, new PageBody(bodyHtml), rendered.outline(),
				frontMatter.machineTranslated() && !locale.equals(SiteLocales.ENGLISH), revealable, views,
				view == ArticleView.BILINGUAL || frontMatter.noindex(), null);
	}

	/** Resolves the links of one article for pages in any locale. */
	private record LinkContext(Article article, LinkResolver links) {

		UnaryOperator<String> forPage(String pageLocale) {
			return (href) -> this.links.resolve(href, this.article.locale(), this.article.path(), pageLocale);
		}

	}

	/** The label of each alert type in the interface language of a page locale. */
	private Map<String, String> alertLabels(String pageLocale) {
		Locale locale = SiteLocales.locale(pageLocale);
		return ALERT_TYPES.stream()
			.collect(Collectors.toMap((type) -> type, (type) -> this.messages.get("alert." + type, locale)));
	}

	/** One article's rendering, with its outcome: pages, or why there are none. */
	private static final class RenderTask implements Runnable {

		private final Article article;

		private final Supplier<List<Page>> work;

		private volatile long startedAt;

		private volatile List<Page> result = List.of();

		private volatile String problem;

		RenderTask(Article article, Supplier<List<Page>> work) {
			this.article = article;
			this.work = work;
		}

		@Override
		public void run() {
			this.startedAt = System.nanoTime();
			try {
				this.result = this.work.get();
			}
			catch (StackOverflowError ex) {
				this.problem = "cannot be rendered: nested too deeply (stack overflow)";
			}
			catch (RuntimeException ex) {
				this.problem = "cannot be rendered: " + ex;
			}
		}

		boolean overdue(long now, Duration timeout) {
			long started = this.startedAt;
			return started != 0 && this.problem == null && now - started > timeout.toNanos();
		}

	}

}
