package app.helpcenter.render;

import java.time.LocalDate;
import java.util.List;

/**
 * One article in one language, everything a template needs, built when content loads.
 *
 * @param locale the URL prefix it is served under ({@code zh-tw}, {@code en-us})
 * @param path its path below the prefix ({@code partner-center/unable-to-sign-in})
 * @param languageTag the BCP 47 tag of its text ({@code zh-Hant-TW}, {@code en-US})
 * @param title the document title
 * @param description the meta description
 * @param keywords the meta keywords
 * @param date the {@code ms.date}, or {@code null} when there is none
 * @param dateText the date formatted for the page's locale, empty when there is none
 * @param author the author, empty when there is none
 * @param heading the article heading as plain text
 * @param headingHtml the article heading as sanitized HTML
 * @param bodyHtml the article body as sanitized HTML
 * @param outline the h2 headings
 * @param translations this article in every language it is served in, this one included
 */
public record Page(String locale, String path, String languageTag, String title, String description,
		List<String> keywords, LocalDate date, String dateText, String author, String heading, String headingHtml,
		String bodyHtml, List<RenderedView.Heading> outline, List<Translation> translations) {

	public String url() {
		return "/" + this.locale + "/" + this.path;
	}

	/** The folder below the locale root, empty for an article at the root. */
	public String folder() {
		int slash = this.path.lastIndexOf('/');
		return (slash < 0) ? "" : this.path.substring(0, slash);
	}

	/** The same article in the other languages it is served in. */
	public List<Translation> otherLanguages() {
		return this.translations.stream().filter((translation) -> !translation.locale().equals(this.locale)).toList();
	}

	/**
	 * A language an article is served in.
	 *
	 * @param locale the URL prefix
	 * @param languageTag the BCP 47 tag, for {@code hreflang}
	 * @param name the language's name in that language ({@code 中文}, {@code English})
	 * @param url the page's path
	 */
	public record Translation(String locale, String languageTag, String name, String url) {
	}

}
