package app.helpcenter.render;

import java.util.List;

/**
 * A docset's landing page in one language, links resolved.
 *
 * @param locale the URL prefix
 * @param folder the docset folder
 * @param languageTag the language of the page
 * @param titleLanguage the language of title and summary (the hub file's), for {@code lang}
 * @param title the title
 * @param summary the introduction
 * @param sections the link groups
 * @param languages the same landing page in each language
 */
public record HubPage(String locale, String folder, String languageTag, String titleLanguage, String title,
		String summary, List<Section> sections, List<Page.Alternative> languages) {

	public String url() {
		return "/" + this.locale + "/" + Urls.path(this.folder) + "/";
	}

	/**
	 * A group of links.
	 *
	 * @param title its heading, empty for the highlighted links
	 * @param links its links
	 */
	public record Section(String title, List<Link> links) {
	}

	/**
	 * One link.
	 *
	 * @param text its text in the page's language where the linked article has one
	 * @param lang the language of the text when it differs from the page's, otherwise {@code null}
	 * @param url where it goes
	 */
	public record Link(String text, String lang, String url) {
	}

}
