package app.helpcenter.render;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import app.helpcenter.content.Article;
import app.helpcenter.content.Content;
import app.helpcenter.content.FrontMatter;
import app.helpcenter.content.LoadProblem;

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

	private final MarkdownRenderer markdown = new MarkdownRenderer();

	private final String upstream;

	private final Messages messages;

	/**
	 * @param upstream the site that links to articles not loaded here go to, with {@code {locale}}
	 * @param messages interface text for alert labels
	 */
	public PageBuilder(String upstream, Messages messages) {
		this.upstream = upstream;
		this.messages = messages;
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
		LinkResolver links = new LinkResolver(this.upstream,
				(locale, path) -> articles.getOrDefault(locale, Map.of()).containsKey(path));
		Map<String, Map<String, Page>> pages = new ConcurrentHashMap<>();
		locales.forEach((locale) -> pages.put(locale, Collections.synchronizedMap(new TreeMap<>())));
		Queue<LoadProblem> problems = new ConcurrentLinkedQueue<>(content.problems());
		content.articles().parallelStream().forEach((article) -> {
			try {
				String html = this.markdown.toHtml(article.markdown());
				List<Page.Translation> translations = translations(article.path(), locales, articles);
				Page page = page(article, html, ArticleView.TRANSLATED, article.locale(), links, translations);
				pages.get(article.locale()).put(article.path(), page);
				if (englishSource(article.path(), articles, translatedLocales) == article) {
					Page english = page(article, html, ArticleView.ENGLISH, SiteLocales.ENGLISH, links, translations);
					pages.get(SiteLocales.ENGLISH).put(article.path(), english);
				}
			}
			catch (RuntimeException | StackOverflowError ex) {
				problems.add(new LoadProblem(content.root().relativize(article.file()), 0, 0,
						"cannot be rendered: " + ex));
			}
		});
		List<LoadProblem> sortedProblems = problems.stream()
			.sorted((a, b) -> a.file().compareTo(b.file()))
			.toList();
		Map<String, Map<String, Page>> frozen = new TreeMap<>();
		pages.forEach((locale, byPath) -> frozen.put(locale, Collections.unmodifiableMap(new TreeMap<>(byPath))));
		return new Pages(locales, frozen, sortedProblems);
	}

	private static Article englishSource(String path, Map<String, Map<String, Article>> articles,
			List<String> translatedLocales) {
		return Stream.concat(Stream.of(SiteLocales.ENGLISH), translatedLocales.stream())
			.map((locale) -> articles.getOrDefault(locale, Map.of()).get(path))
			.filter(Objects::nonNull)
			.findFirst()
			.orElse(null);
	}

	private static List<Page.Translation> translations(String path, List<String> locales,
			Map<String, Map<String, Article>> articles) {
		return locales.stream()
			.filter((locale) -> locale.equals(SiteLocales.ENGLISH)
					|| articles.getOrDefault(locale, Map.of()).containsKey(path))
			.map((locale) -> new Page.Translation(locale, SiteLocales.languageTag(locale),
					SiteLocales.languageName(locale), "/" + locale + "/" + path))
			.toList();
	}

	private Page page(Article article, String html, ArticleView view, String locale, LinkResolver links,
			List<Page.Translation> translations) {
		Locale interfaceLocale = SiteLocales.locale(locale);
		RenderedView rendered = ArticleHtml.render(html, view,
				(href) -> links.resolve(href, article.locale(), article.path(), locale), alertLabels(interfaceLocale));
		FrontMatter frontMatter = article.frontMatter();
		boolean fromSegments = view == ArticleView.ENGLISH;
		String heading = rendered.headingText().isBlank() ? frontMatter.title().orElse(article.path())
				: rendered.headingText();
		String title = fromSegments ? heading : frontMatter.title().orElse(heading);
		String description = fromSegments ? rendered.summary() : frontMatter.description().orElse(rendered.summary());
		String dateText = frontMatter.date()
			.map(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(interfaceLocale)::format)
			.orElse("");
		return new Page(locale, article.path(), SiteLocales.languageTag(locale), title, description,
				frontMatter.keywords(), frontMatter.date().orElse(null), dateText, frontMatter.author().orElse(""),
				heading, HtmlSanitizer.sanitize(rendered.headingHtml()), HtmlSanitizer.sanitize(rendered.bodyHtml()),
				rendered.outline(), translations);
	}

	private Map<String, String> alertLabels(Locale locale) {
		return ALERT_TYPES.stream()
			.collect(Collectors.toMap((type) -> type, (type) -> this.messages.get("alert." + type, locale)));
	}


}
