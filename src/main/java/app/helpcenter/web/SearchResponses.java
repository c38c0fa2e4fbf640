package app.helpcenter.web;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;

import app.helpcenter.feedback.UnansweredSearches;
import app.helpcenter.search.Searchers;
import app.helpcenter.site.ResponseBytes;
import app.helpcenter.site.SiteSnapshot;

/**
 * The search pages and suggestion lists a snapshot keeps, named by request: {@link SearchController} makes them,
 * and {@link PreparedPageValve} serves one made already for the same request without Spring MVC's dispatch, as
 * it does article pages. One place names them, so the two cannot disagree.
 */
final class SearchResponses {

	/** The same for every reader: caches may keep them a minute. */
	static final String CACHE_CONTROL = CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic().getHeaderValue();

	static final String JSON = MediaType.APPLICATION_JSON_VALUE + ";charset=UTF-8";

	/** The URLs of both, as the controller maps them; group 1 is the locale, group 2 says suggestions. */
	private static final Pattern PATH = Pattern.compile("/([a-zA-Z]{2,3}-[a-zA-Z0-9]{2,8})/search(/suggest)?");

	private SearchResponses() {
	}

	/**
	 * A response made once: its bytes, their type, whether the query could not be searched (a 400, which is
	 * never served again from here), and the search it answered when that found nothing (counted each time the
	 * response is served, for authors: {@link UnansweredSearches}), else {@code null}.
	 */
	record Made(ResponseBytes bytes, String contentType, boolean refused, Unanswered unanswered) {

		Made(ResponseBytes bytes, String contentType, boolean refused) {
			this(bytes, contentType, refused, null);
		}

	}

	/** A search that found nothing: its locale and query. */
	record Unanswered(String locale, String query) {
	}

	static String searchKey(String locale, String query, int page) {
		return "search\u0000" + locale + "\u0000" + page + "\u0000" + query;
	}

	/**
	 * The results page a {@code page} parameter asks for: 1 when it is missing or not a number, and at most
	 * {@link Searchers#MAX_PAGES}; so that every value has an answer, and the same answer as its normal form.
	 */
	static int page(String parameter) {
		if (parameter == null || parameter.isEmpty() || parameter.length() > 3 || !parameter.chars().allMatch(Character::isDigit)) {
			return 1;
		}
		return Math.max(1, Math.min(Integer.parseInt(parameter), Searchers.MAX_PAGES));
	}

	static String suggestKey(String locale, String prefix) {
		return "suggest\u0000" + locale + "\u0000" + prefix;
	}

	/**
	 * The response {@code site} has already made for this request (a GET or HEAD of a search page or suggestions
	 * with at most one {@code q}), or {@code null} when the controller has to answer it.
	 */
	static Made find(SiteSnapshot site, HttpServletRequest request) {
		Matcher path = PATH.matcher(request.getRequestURI());
		if (!path.matches()) {
			return null;
		}
		String[] queries = request.getParameterValues("q");
		String[] pages = request.getParameterValues("page");
		if ((queries != null && queries.length > 1) || (pages != null && pages.length > 1)) {
			return null;
		}
		String locale = path.group(1).toLowerCase(Locale.ROOT);
		String query = (queries != null) ? queries[0].strip() : "";
		String key = (path.group(2) != null) ? suggestKey(locale, query)
				: searchKey(locale, query, page((pages != null) ? pages[0] : null));
		Made made = site.madeIfPresent(key, Made.class);
		return (made != null && !made.refused()) ? made : null;
	}

}
