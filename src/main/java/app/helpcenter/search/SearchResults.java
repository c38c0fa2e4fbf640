package app.helpcenter.search;

import java.util.List;

/**
 * What a search found.
 *
 * @param query the query as searched (after trimming and the length limit)
 * @param hits the articles found, best first
 * @param refused whether the query could not be searched (too complex, or not answered within the time limit)
 */
public record SearchResults(String query, List<Hit> hits, boolean refused) {

	public SearchResults(String query, List<Hit> hits) {
		this(query, hits, false);
	}

	static SearchResults refused(String query) {
		return new SearchResults(query, List.of(), true);
	}

	public boolean isEmpty() {
		return this.hits.isEmpty();
	}

	/**
	 * One article found.
	 *
	 * @param title its title in the page's language
	 * @param url its page in the same view
	 * @param snippetHtml a passage with the matched words in {@code <mark>}, HTML-escaped otherwise
	 * @param snippetLanguage the language of the passage
	 */
	public record Hit(String title, String url, String snippetHtml, String snippetLanguage) {
	}

}
