package app.helpcenter.web;

import java.io.IOException;
import java.time.Duration;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

import org.springframework.http.HttpHeaders;

import app.helpcenter.feedback.UnansweredSearches;
import app.helpcenter.site.LiveSite;
import app.helpcenter.site.PreparedResponses;
import app.helpcenter.site.SiteSnapshot;

/**
 * Takes the site snapshot that a request reads from start to end ({@link SiteRequests}), and answers a GET or
 * HEAD for an article page's exact URL (path and query), or a search page or suggestions already made for the
 * same request ({@link SearchResponses}), inside Tomcat, right after the {@link SecurityValve}: a lookup and a
 * write, without the container's mapping, filter chain and Spring MVC's dispatch, which none of these requests
 * needs. Everything else (other URLs and methods, variants of an article URL that need a
 * redirect or a 404) goes on to the controllers, which serve the same prepared responses through
 * {@link PreparedPageView}. The snapshot is released when the request is answered.
 *
 * <p>
 * Its headers go in as bytes ({@link TomcatHeaders}). With the security valve's headers also added as bytes,
 * this took the seed page from about 48,000 to 57,000 responses a second, and the 304 path from 60,000 to
 * 72,000 ({@code bench/http.sh}).
 */
final class PreparedPageValve extends ValveBase {

	private final Supplier<LiveSite> site;

	private final String cacheControl;

	private final Supplier<UnansweredSearches> unanswered;

	private final Duration waitWhilePreparing;

	/** A locale's search page or suggestions. */
	private static final Pattern SEARCH = Pattern.compile("/[a-zA-Z]{2,3}-[a-zA-Z0-9]{2,8}/search(/suggest)?");

	/** A locale's list of articles. */
	private static final Pattern LIST = Pattern.compile("/[a-zA-Z]{2,3}-[a-zA-Z0-9]{2,8}/");

	/**
	 * @param site the live site, asked for at the first request (the valve is made with the web server, before
	 * the site is loaded)
	 * @param unanswered where a search page that found nothing is counted each time it is served
	 * @param waitWhilePreparing how long a request waits during a lazy start for what it needs (the content read,
	 * or for a list of articles, every page prepared)
	 */
	PreparedPageValve(Supplier<LiveSite> site, String cacheControl, Supplier<UnansweredSearches> unanswered,
			Duration waitWhilePreparing) {
		super(true);
		this.site = site;
		this.cacheControl = cacheControl;
		this.unanswered = unanswered;
		this.waitWhilePreparing = waitWhilePreparing;
	}

	@Override
	public void invoke(Request request, Response response) throws IOException, ServletException {
		LiveSite live = this.site.get();
		SiteSnapshot snapshot = live.acquire();
		if (!snapshot.isComplete() && !answersNow(snapshot, request.getRequestURI())) {
			live.release(snapshot);
			awaitContent(live, request.getRequestURI());
			snapshot = live.acquire();
		}
		try {
			request.setAttribute(SiteRequests.ATTRIBUTE, snapshot);
			PreparedPageView view = mayAnswer(request, response) ? view(snapshot, request) : null;
			if (view == null) {
				getNext().invoke(request, response);
				return;
			}
			view.write(request, response, (name, value) -> {
				if (name.equals(HttpHeaders.CACHE_CONTROL)) {
					TomcatHeaders.set(response, name, value);
				}
				else {
					TomcatHeaders.add(response, name, value);
				}
			});
		}
		finally {
			// A request Tomcat refused before mapping it (a request line it cannot parse) has no context, and
			// removing an attribute then fails; Tomcat clears a request's attributes when it recycles it anyway.
			if (request.getContext() != null) {
				request.removeAttribute(SiteRequests.ATTRIBUTE);
			}
			live.release(snapshot);
		}
	}

	/**
	 * Whether a snapshot that is not complete (a lazy start) can answer a request: the actuator's always (liveness
	 * UP, readiness OUT_OF_SERVICE); nothing else before the content is read; then every article page (rendered
	 * when asked for), and search once it {@linkplain SiteSnapshot#canSearch() can}, but not a locale's list of
	 * articles, which needs every article.
	 */
	private static boolean answersNow(SiteSnapshot snapshot, String uri) {
		if (uri == null || uri.startsWith("/actuator/")) {
			return true;
		}
		if (snapshot.isPlaceholder()) {
			return false;
		}
		if (SEARCH.matcher(uri).matches()) {
			return snapshot.canSearch();
		}
		return !LIST.matcher(uri).matches();
	}

	/**
	 * Waits, up to the time set in all, until the content is read and the snapshot can answer the request; the
	 * controllers answer 503 if it still cannot.
	 */
	private void awaitContent(LiveSite live, String uri) throws IOException {
		long deadline = System.nanoTime() + this.waitWhilePreparing.toNanos();
		try {
			if (!live.awaitOpened(this.waitWhilePreparing)) {
				return;
			}
			SiteSnapshot snapshot = live.acquire();
			boolean answers;
			try {
				answers = answersNow(snapshot, uri);
			}
			finally {
				live.release(snapshot);
			}
			Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
			if (!answers && SEARCH.matcher(uri).matches()) {
				live.awaitSearch(left);
			}
			else if (!answers) {
				live.awaitComplete(left);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * Whether this is a request that a page may answer with 200: a GET or HEAD that Tomcat has not already
	 * decided to refuse. Tomcat passes requests it refuses (a header over its limit, an unknown
	 * {@code Expect} or transfer coding, a request line it cannot parse) through the valves with the error
	 * status set, so that the error page answers them; a page written then would go out with that status and
	 * the page's caching headers, and a shared cache could serve the error for the article to everyone.
	 */
	private static boolean mayAnswer(Request request, Response response) {
		String method = request.getMethod();
		return request.getRequestURI() != null && ("GET".equals(method) || "HEAD".equals(method))
				&& response.getStatus() == HttpServletResponse.SC_OK && !response.isError();
	}

	/** The page prepared at this URL, or the search response made already for this request, or {@code null}. */
	private PreparedPageView view(SiteSnapshot snapshot, Request request) {
		PreparedResponses.Prepared page = snapshot.prepared(url(request.getRequestURI(), request.getQueryString()));
		if (page != null) {
			return new PreparedPageView(page, this.cacheControl);
		}
		SearchResponses.Made made = SearchResponses.find(snapshot, request);
		if (made != null && made.unanswered() != null) {
			this.unanswered.get().record(made.unanswered().locale(), made.unanswered().query());
		}
		return (made != null) ? new PreparedPageView(made.bytes(), SearchResponses.CACHE_CONTROL, made.contentType())
				: null;
	}

	private static String url(String uri, String query) {
		return (query == null) ? uri : uri + "?" + query;
	}

}
