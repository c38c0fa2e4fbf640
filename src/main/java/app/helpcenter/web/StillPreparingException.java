package app.helpcenter.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * A request during a lazy start that cannot be answered yet, after {@link PreparedPageValve} waited the time set:
 * any page before the content is read, or one that needs every article (search, suggestions, a locale's list of
 * articles) before every page is prepared. Answered 503 with a {@code Retry-After}, on the error page that asks
 * the reader to try again in a moment.
 */
class StillPreparingException extends ResponseStatusException {

	/** Seconds a client is asked to wait before it tries again. */
	static final String RETRY_AFTER = "5";

	StillPreparingException() {
		super(HttpStatus.SERVICE_UNAVAILABLE, "Every page is still being prepared");
	}

	@Override
	public HttpHeaders getHeaders() {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.RETRY_AFTER, RETRY_AFTER);
		return headers;
	}

}
