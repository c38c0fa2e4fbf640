package app.helpcenter.render;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import app.helpcenter.content.Article;
import app.helpcenter.content.FrontMatter;

/**
 * Renders one article into its pages: it is parsed once, then turned into its translated page, its side-by-side
 * page when it has translated sentences, and its English page when it is the source of the English page of its
 * path. Everything it depends on beyond the article is asked of an {@link ArticleIndex} and recorded in the
 * {@link RenderedArticle}, so {@link #isCurrent} can tell when rendering again would give other pages. Safe to
 * share between threads.
 */
public final class ArticleRenderer {

	private static final List<String> ALERT_TYPES = List.of("note", "tip", "important", "warning", "caution");

	private final MarkdownRenderer markdown = new MarkdownRenderer();

	private final String upstream;

	private final Messages messages;

	/**
	 * @param upstream the site that links to articles not loaded here go to, with {@code {locale}}
	 * @param messages interface text for alert labels and language offers
	 */
	public ArticleRenderer(String upstream, Messages messages) {
		this.upstream = upstream;
		this.messages = messages;
	}

	/**
	 * @throws RuntimeException or {@link StackOverflowError} when the article cannot be rendered
	 */
	public RenderedArticle render(Article article, ArticleIndex index) {
		Dependencies dependencies = new Dependencies();
		LinkResolver links = new LinkResolver(this.upstream, dependencies.exists(index));
		BiFunction<String, String, String> uids = dependencies.uid(index);
		String html = this.markdown.toHtml(article.markdown());
		List<Page.Alternative> views = views(article.path(), index);
		String locale = article.locale();
		String source = index.sourceLocale();
		boolean englishSource = article.equals(index.englishSource(article.path()));
		boolean englishPage = englishSource && !locale.equals(source);
		// The English text is rendered once, for the English page and the side-by-side page's English column.
		RenderedView english = (englishPage || article.segmented()) ? sanitized(ArticleHtml.render(html,
				ArticleView.ENGLISH, forPage(links, uids, article, source), alertLabels(source)))
				: null;
		List<Page> pages = new ArrayList<>(3);
		pages.add(page(article, sanitized(ArticleHtml.render(html, ArticleView.TRANSLATED,
				forPage(links, uids, article, locale), alertLabels(locale))), ArticleView.TRANSLATED, locale, source, views));
		if (article.segmented()) {
			RenderedView translation = sanitized(
					ArticleHtml.renderTranslation(html, forPage(links, uids, article, locale), alertLabels(locale)));
			pages.add(page(article, ArticleHtml.pair(translation, english), ArticleView.BILINGUAL, locale, source, views));
		}
		if (englishPage) {
			pages.add(page(article, english, ArticleView.ENGLISH, source, source, views));
		}
		return new RenderedArticle(article, pages, dependencies, index.presence(article.path()));
	}

	/**
	 * Whether {@code rendered} is what rendering its article against {@code index} would give: every link
	 * resolves as it did, and the same locales have its path (so its language switch and the source of its
	 * English page are the same).
	 */
	public boolean isCurrent(RenderedArticle rendered, ArticleIndex index) {
		return index.presence(rendered.article().path()).equals(rendered.presence())
				&& rendered.dependencies().holdStill(index, (path) -> null);
	}

	/**
	 * The article in each locale that has it and in English, then side by side in each translated locale whose
	 * article has sentence pairs.
	 */
	List<Page.Alternative> views(String path, ArticleIndex index) {
		List<Page.Alternative> views = new ArrayList<>();
		List<Page.Alternative> sideBySide = new ArrayList<>();
		for (String locale : index.locales()) {
			Article article = index.article(locale, path).orElse(null);
			boolean source = locale.equals(index.sourceLocale());
			if (article != null || source) {
				String name = SiteLocales.languageName(locale);
				views.add(new Page.Alternative(locale, ArticleView.TRANSLATED, SiteLocales.languageTag(locale), name,
						"/" + locale + "/" + Urls.path(path),
						this.messages.get("offer.language", SiteLocales.locale(locale)).replace("{0}", name), source));
			}
			if (article != null && !source && article.segmented()) {
				sideBySide.add(new Page.Alternative(locale, ArticleView.BILINGUAL, SiteLocales.languageTag(locale), "",
						"/" + locale + "/" + Urls.path(path) + Page.BILINGUAL_QUERY,
						this.messages.get("offer.bilingual", SiteLocales.locale(locale)), false));
			}
		}
		views.addAll(sideBySide);
		return List.copyOf(views);
	}

	/**
	 * Resolves the links of one page; a cross reference ({@code xref:uid}) goes to the article of the same
	 * locale folder whose front matter has that uid, and nowhere when there is none.
	 */
	private static UnaryOperator<String> forPage(LinkResolver links, BiFunction<String, String, String> uids,
			Article article, String pageLocale) {
		return (href) -> {
			String uid = ArticleHtml.crossReferenceUid(href);
			if (uid != null) {
				String path = uids.apply(article.locale(), uid);
				return (path != null) ? "/" + pageLocale + "/" + Urls.path(path) : null;
			}
			return links.resolve(href, article.locale(), article.path(), pageLocale);
		};
	}

	/** The article's HTML passes the sanitizer's allowlist before it is kept. */
	private static RenderedView sanitized(RenderedView view) {
		return new RenderedView(HtmlSanitizer.sanitize(view.headingHtml()).strip(), view.headingText(),
				HtmlSanitizer.sanitize(view.bodyHtml()).strip(), view.summary(), view.outline());
	}

	/** A page of the article from its rendered and sanitized view. */
	private Page page(Article article, RenderedView rendered, ArticleView view, String locale, String sourceLocale,
			List<Page.Alternative> views) {
		Locale interfaceLocale = SiteLocales.locale(locale);
		FrontMatter frontMatter = article.frontMatter();
		boolean fromSegments = view == ArticleView.ENGLISH;
		String heading = heading(rendered.headingText(), article);
		String title = title(heading, article, fromSegments);
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
				frontMatter.machineTranslated() && !locale.equals(sourceLocale), revealable, views,
				view == ArticleView.BILINGUAL || frontMatter.noindex(), null);
	}

	/** A page's heading: its first-level heading's text, else its front matter's title, else its path. */
	public static String heading(String headingText, Article article) {
		return headingText.isBlank() ? article.frontMatter().title().orElse(article.path()) : headingText;
	}

	/**
	 * A page's title: its front matter's title, else its heading; the English page made of a translated article's
	 * originals ({@code fromOriginals}) is titled by its heading, since the front matter's title is translated.
	 */
	public static String title(String heading, Article article, boolean fromOriginals) {
		return fromOriginals ? heading : article.frontMatter().title().orElse(heading);
	}

	/** The label of each alert type in the interface language of a page locale. */
	private Map<String, String> alertLabels(String pageLocale) {
		Locale locale = SiteLocales.locale(pageLocale);
		return ALERT_TYPES.stream()
			.collect(Collectors.toMap((type) -> type, (type) -> this.messages.get("alert." + type, locale)));
	}

}
