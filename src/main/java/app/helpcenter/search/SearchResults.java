package app.helpcenter.search;

import java.util.List;

/**
 * What a search found: one page of it.
 *
 * @param query the query as searched (after trimming and the length limit)
 * @param hits the articles on this page, best first
 * @param refused whether the query could not be searched (too complex, or not answered within the time limit)
 * @param total how many articles match (at least this many when not {@code exact})
 * @param exact whether {@code total} is the exact count
 * @param page this page, from 1
 * @param pages how many pages the results fill (at most {@link Searchers#MAX_PAGES})
 * @param first the rank of this page's first article, from 1
 */
public record SearchResults(String query, List<Hit> hits, boolean refused, long total, boolean exact, int page,
		int pages, int first) {

	static SearchResults none(String query) {
		return new SearchResults(query, List.of(), false, 0, true, 1, 0, 1);
	}

	static SearchResults refused(String query) {
		return new SearchResults(query, List.of(), true, 0, true, 1, 0, 1);
	}

	/** Whether this page lists no article (a page past the last one lists none although others match). */
	public boolean isEmpty() {
		return this.hits.isEmpty();
	}

	public boolean hasPrevious() {
		return this.page > 1;
	}

	public boolean hasNext() {
		return this.page < this.pages;
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
