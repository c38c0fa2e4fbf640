package app.helpcenter.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One article in one view, everything a template needs, built when content loads.
 *
 * @param locale the URL prefix it is served under ({@code zh-tw}, {@code en-us})
 * @param path its path below the prefix ({@code partner-center/unable-to-sign-in})
 * @param view which text it shows
 * @param languageTag the BCP 47 tag of its text ({@code zh-Hant-TW}, {@code en-US})
 * @param title the document title
 * @param description the meta description
 * @param keywords the meta keywords
 * @param date the {@code ms.date}, or {@code null} when there is none
 * @param dateText the date formatted for the page's locale, empty when there is none
 * @param author the author, empty when there is none
 * @param heading the article heading as plain text
 * @param headingHtml the article heading as sanitized HTML
 * @param body the article body as sanitized HTML, kept deflated
 * @param outline the h2 headings
 * @param machineTranslated whether the translation was made by machine ({@code ms.translationtype} MT...)
 * @param revealable whether sentences carry an English original the reader can reveal
 * @param views every way the article can be read, this one included: languages, then side by side
 * @param noindex whether search engines should leave it out ({@code robots: noindex}, the side-by-side view)
 * @param navigation the table of contents of its docset, {@code null} when the docset has none
 */
public record Page(String locale, String path, ArticleView view, String languageTag, String title,
		String description, List<String> keywords, LocalDate date, String dateText, String author, String heading,
		String headingHtml, PageBody body, List<RenderedView.Heading> outline, boolean machineTranslated,
		boolean revealable, List<Alternative> views, boolean noindex, Navigation navigation) {

	Page withNavigation(Navigation navigation) {
		return new Page(this.locale, this.path, this.view, this.languageTag, this.title, this.description,
				this.keywords, this.date, this.dateText, this.author, this.heading, this.headingHtml, this.body,
				this.outline, this.machineTranslated, this.revealable, this.views, this.noindex, navigation);
	}

	/** The article body as sanitized HTML. */
	public String bodyHtml() {
		return this.body.html();
	}

	/** The entries of the table of contents that lead to this page, empty when it is not listed. */
	public List<Navigation.Item> trail() {
		return (this.navigation != null) ? this.navigation.trail(this.path) : List.of();
	}

	static final String BILINGUAL_QUERY = "?view=bilingual";

	/** Where this page is served. */
	public String url() {
		return (this.view == ArticleView.BILINGUAL) ? canonicalUrl() + BILINGUAL_QUERY : canonicalUrl();
	}

	/** The page search engines should index for this URL: the side-by-side view points at its translation. */
	public String canonicalUrl() {
		return "/" + this.locale + "/" + Urls.path(this.path);
	}

	/** The folder below the locale root, empty for an article at the root. */
	public String folder() {
		return folderOf(this.path);
	}

	/** The folder of an article's path below the locale root, empty for an article at the root. */
	private static String folderOf(String path) {
		int slash = path.lastIndexOf('/');
		return (slash < 0) ? "" : path.substring(0, slash);
	}

	/** The docset it belongs to: the first folder of its path, empty for an article at the root. */
	public String docset() {
		int slash = this.path.indexOf('/');
		return (slash < 0) ? "" : this.path.substring(0, slash);
	}

	/** Whether it sits in an archive folder ({@code Archive/}, {@code archived/}): kept for reference, not current. */
	public boolean archived() {
		return isArchived(this.path);
	}

	/** Whether an article's path sits in an archive folder ({@code Archive/}, {@code archived/}). */
	public static boolean isArchived(String path) {
		for (String folder : folderOf(path).split("/")) {
			if (folder.equalsIgnoreCase("archive") || folder.equalsIgnoreCase("archived")) {
				return true;
			}
		}
		return false;
	}

	/** The languages the article is served in, for {@code hreflang} links. */
	public List<Alternative> languages() {
		return this.views.stream().filter((alternative) -> alternative.view() != ArticleView.BILINGUAL).toList();
	}

	/**
	 * What the view switch offers: a translated page (or its side-by-side page) switches between its own
	 * language, English and its own side by side; the English page, shared by every locale, between English and
	 * each translation, and side by side when only one locale has that view.
	 */
	public List<Alternative> switchViews() {
		if (isSourceLanguage()) {
			List<Alternative> sideBySide = this.views.stream()
				.filter((alternative) -> alternative.view() == ArticleView.BILINGUAL)
				.toList();
			return languagesAnd((sideBySide.size() == 1) ? sideBySide.get(0) : null);
		}
		return this.views.stream()
			.filter((alternative) -> (alternative.view() == ArticleView.BILINGUAL) ? alternative.locale().equals(this.locale)
					: alternative.locale().equals(this.locale) || alternative.source())
			.toList();
	}

	/**
	 * The page for readers whose language has none ({@code hreflang="x-default"}): the one in {@code defaultLocale}
	 * when the article is there, else English, else the first language.
	 */
	public Alternative defaultLanguage(String defaultLocale) {
		List<Alternative> languages = languages();
		for (Alternative language : languages) {
			if (language.locale().equals(defaultLocale)) {
				return language;
			}
		}
		Alternative english = english();
		return (english != null) ? english : languages.get(0);
	}

	/** The languages the article is also in that the view switch does not offer, for a list of their own. */
	public List<Alternative> otherLanguages() {
		List<Alternative> offered = switchViews();
		return languages().stream().filter((language) -> !offered.contains(language)).toList();
	}

	/** The English page of the article, or {@code null} when it has none. */
	public Alternative english() {
		return languages().stream()
			.filter(Alternative::source)
			.findFirst()
			.orElse(null);
	}

	/** The side-by-side view in this page's locale, or {@code null} when it has none. */
	public Alternative ownSideBySide() {
		return this.views.stream()
			.filter((alternative) -> alternative.view() == ArticleView.BILINGUAL && alternative.locale().equals(this.locale))
			.findFirst()
			.orElse(null);
	}

	/** The ways to read it a reader may have chosen before: every language and this locale's side by side. */
	public List<Alternative> offers() {
		return languagesAnd(ownSideBySide());
	}

	/** The languages, then a side-by-side view when there is one. */
	private List<Alternative> languagesAnd(Alternative sideBySide) {
		if (sideBySide == null) {
			return languages();
		}
		List<Alternative> views = new ArrayList<>(languages());
		views.add(sideBySide);
		return views;
	}

	/** Whether this page is in the source language (English), the page every locale's pages share. */
	public boolean isSourceLanguage() {
		return this.views.stream().anyMatch((alternative) -> alternative.source() && alternative.locale().equals(this.locale));
	}

	public boolean isCurrent(Alternative alternative) {
		return alternative.url().equals(url());
	}

	/**
	 * A way to read an article.
	 *
	 * @param locale the URL prefix
	 * @param view the view
	 * @param languageTag the BCP 47 tag of the page's main language, for {@code hreflang}
	 * @param name the language's name in that language ({@code 中文}, {@code English}); empty for side by side
	 * @param url the page's path
	 * @param offer an invitation to read it this way, in its own interface language, for readers who chose it
	 * before
	 * @param source whether it is the article in the source language (English), which every locale shares
	 */
	public record Alternative(String locale, ArticleView view, String languageTag, String name, String url,
			String offer, boolean source) {
	}

}
