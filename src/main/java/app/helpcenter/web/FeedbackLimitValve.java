package app.helpcenter.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.ServletException;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.util.HtmlUtils;

import app.helpcenter.feedback.FeedbackMetrics;
import app.helpcenter.feedback.PostLimits;
import app.helpcenter.render.SiteLocales;

/**
 * Takes one post from the client's token bucket ({@link PostLimits}) for each feedback post, before Spring
 * Security and Spring MVC see it: a client over its limit gets its 429 and {@code Retry-After} here, for the price
 * of a map lookup. A post over the number handled at once waits a second at most for a place, then gets a 503 and
 * {@code Retry-After: 1} here too (its client's post given back), so that posts waiting on a slow database hold a
 * few of Tomcat's threads, never all of those that serve pages. A burst of posts (a script, a flood) is mostly refusals, and refusing through the whole
 * framework stack cost about half a millisecond of CPU each, so that on one core the readers' own posts waited
 * behind them (bench/feedback.sh). The answer is JSON for a script that asks for it, a short page in the locale's
 * language otherwise, as {@link FeedbackController}'s other refusals are.
 */
final class FeedbackLimitValve extends ValveBase {

	private static final Pattern PATH = Pattern.compile("/([a-zA-Z]{2,3}-[a-zA-Z0-9]{2,8})/feedback(?:/segment)?");

	private final Supplier<PostLimits> limits;

	private final Supplier<MessageSource> messages;

	private final Supplier<Assets> assets;

	private final Supplier<FeedbackMetrics> metrics;

	FeedbackLimitValve(Supplier<PostLimits> limits, Supplier<MessageSource> messages, Supplier<Assets> assets,
			Supplier<FeedbackMetrics> metrics) {
		super(true);
		this.limits = limits;
		this.metrics = metrics;
		this.messages = messages;
		this.assets = assets;
	}

	@Override
	public void invoke(Request request, Response response) throws IOException, ServletException {
		String uri = request.getRequestURI();
		Matcher feedback = (uri != null && "POST".equals(request.getMethod())) ? PATH.matcher(uri) : null;
		if (feedback == null || !feedback.matches()) {
			getNext().invoke(request, response);
			return;
		}
		PostLimits limits = this.limits.get();
		String locale = feedback.group(1).toLowerCase(Locale.ROOT);
		OptionalLong wait = limits.take(request.getRemoteAddr());
		if (wait.isPresent()) {
			this.metrics.get().refused("client-limit");
			refuse(request, response, locale, 429, wait.getAsLong());
			return;
		}
		if (!limits.start()) {
			limits.giveBack(request.getRemoteAddr());
			this.metrics.get().refused("busy");
			refuse(request, response, locale, 503, 1);
			return;
		}
		try {
			getNext().invoke(request, response);
		}
		finally {
			limits.finished();
		}
	}

	/** A 429 (this client's limit) or a 503 (as many posts as the help center handles at once), with its wait. */
	private void refuse(Request request, Response response, String locale, int status, long seconds)
			throws IOException {
		Locale language = SiteLocales.locale(locale);
		String message = new MessageFormat(this.messages.get().getMessage("refused.too-many", null, language), language)
			.format(new Object[] { null, seconds });
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		boolean json = accept != null && accept.contains(MediaType.APPLICATION_JSON_VALUE);
		String body;
		if (json) {
			body = "{\"error\":\"too-many\",\"message\":\"" + message.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
		}
		else {
			String title = HtmlUtils.htmlEscape(this.messages.get().getMessage("refused.title", null, language));
			body = "<!DOCTYPE html>\n<html lang=\"" + SiteLocales.languageTag(locale) + "\"><head><meta charset=\"utf-8\">"
					+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title
					+ "</title><meta name=\"robots\" content=\"noindex\"><link rel=\"stylesheet\" href=\""
					+ this.assets.get().css() + "\"></head><body><main id=\"main\" class=\"error-page\"><h1>" + title
					+ "</h1><p>" + HtmlUtils.htmlEscape(message) + "</p><p><a href=\"/" + locale + "/\">"
					+ HtmlUtils.htmlEscape(this.messages.get().getMessage("refused.back", null, language))
					+ "</a></p></main></body></html>\n";
		}
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		response.setStatus(status);
		response.setContentType((json ? MediaType.APPLICATION_JSON_VALUE : MediaType.TEXT_HTML_VALUE) + ";charset=UTF-8");
		response.setContentLength(bytes.length);
		TomcatHeaders.set(response, HttpHeaders.CACHE_CONTROL, "no-store");
		TomcatHeaders.set(response, HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		response.getOutputStream().write(bytes);
	}

}
