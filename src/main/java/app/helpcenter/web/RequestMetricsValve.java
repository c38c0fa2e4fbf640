package app.helpcenter.web;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Supplier;

import jakarta.servlet.ServletException;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

/**
 * Counts and times every request, by the kind of its route and its status ({@code helpcenter.requests}, a timer
 * with a histogram), in front of every other valve of the help center: the article pages that
 * {@link PreparedPageValve} answers and the refusals of {@link FeedbackLimitValve} are counted as the controllers'
 * answers are (Spring's own {@code http.server.requests} sees only what reaches the DispatcherServlet). Looking up
 * the timer of a request allocates nothing.
 */
final class RequestMetricsValve extends ValveBase {

	/** What a request was for, as the {@code route} tag says it. */
	enum Route {

		ARTICLE("article"), REDIRECT("redirect"), SEARCH("search"), FEEDBACK("feedback"), ASSET("asset"),
		NOT_FOUND("not-found"), ADMIN("admin"), ACTUATOR("actuator"), OTHER("other");

		private final String tag;

		Route(String tag) {
			this.tag = tag;
		}

	}

	private static final int STATUSES = 600;

	private final Supplier<MeterRegistry> registry;

	private final Map<Route, AtomicReferenceArray<Timer>> timers = new EnumMap<>(Route.class);

	RequestMetricsValve(Supplier<MeterRegistry> registry) {
		super(true);
		this.registry = registry;
		for (Route route : Route.values()) {
			this.timers.put(route, new AtomicReferenceArray<>(STATUSES));
		}
	}

	@Override
	public void invoke(Request request, Response response) throws IOException, ServletException {
		long start = System.nanoTime();
		try {
			getNext().invoke(request, response);
		}
		finally {
			int status = response.getStatus();
			if (status > 0 && status < STATUSES) {
				timer(route(request.getRequestURI(), status), status).record(System.nanoTime() - start,
						TimeUnit.NANOSECONDS);
			}
		}
	}

	private Timer timer(Route route, int status) {
		AtomicReferenceArray<Timer> byStatus = this.timers.get(route);
		Timer timer = byStatus.get(status);
		if (timer == null) {
			timer = Timer.builder("helpcenter.requests")
				.description("Requests answered, by the kind of their route and their status")
				.tag("route", route.tag)
				.tag("status", Integer.toString(status))
				.publishPercentileHistogram()
				.register(this.registry.get());
			byStatus.set(status, timer);
		}
		return timer;
	}

	/** The kind of route of a request: by its path first, then by its status. */
	static Route route(String uri, int status) {
		if (uri == null) {
			return Route.OTHER;
		}
		if (uri.startsWith("/assets/")) {
			return Route.ASSET;
		}
		if (uri.startsWith("/actuator/") || uri.equals("/actuator")) {
			return Route.ACTUATOR;
		}
		if (uri.startsWith("/admin/") || uri.equals("/admin")) {
			return Route.ADMIN;
		}
		String rest = withoutLocale(uri);
		if (rest.equals("/search") || rest.startsWith("/search/")) {
			return Route.SEARCH;
		}
		if (rest.equals("/feedback") || rest.startsWith("/feedback/")) {
			return Route.FEEDBACK;
		}
		if (status == 404) {
			return Route.NOT_FOUND;
		}
		if (status >= 300 && status < 400 && status != 304) {
			return Route.REDIRECT;
		}
		return Route.ARTICLE;
	}

	/** The path after its locale ({@code /zh-tw/search} → {@code /search}), or the path when it has none. */
	private static String withoutLocale(String uri) {
		int end = uri.indexOf('/', 1);
		if (end < 0) {
			return uri;
		}
		String first = uri.substring(1, end);
		int dash = first.indexOf('-');
		return (dash >= 2 && dash <= 3 && first.length() - dash - 1 >= 2 && first.length() - dash - 1 <= 8) ? uri.substring(end)
				: uri;
	}

}
