package app.helpcenter.feedback;

import org.springframework.http.HttpStatus;

/**
 * Why a reader's post was not kept, with the field to blame where there is one: the answer names it
 * ({@code refused.<reason>} in the interface messages).
 */
public final class FeedbackRefused extends RuntimeException {

	private final HttpStatus status;

	private final String reason;

	private final String field;

	private final Long retryAfterSeconds;

	private FeedbackRefused(HttpStatus status, String reason, String field, Long retryAfterSeconds) {
		super(reason + ((field != null) ? " " + field : ""), null, false, false);
		this.status = status;
		this.reason = reason;
		this.field = field;
		this.retryAfterSeconds = retryAfterSeconds;
	}

	public static FeedbackRefused invalid(String field) {
		return new FeedbackRefused(HttpStatus.BAD_REQUEST, "invalid", field, null);
	}

	public static FeedbackRefused missing(String field) {
		return new FeedbackRefused(HttpStatus.BAD_REQUEST, "missing", field, null);
	}

	public static FeedbackRefused notFound(String field) {
		return new FeedbackRefused(HttpStatus.NOT_FOUND, "not-found", field, null);
	}

	public static FeedbackRefused tooLarge(String field) {
		return new FeedbackRefused(HttpStatus.CONTENT_TOO_LARGE, "too-large", field, null);
	}

	public static FeedbackRefused tooMany(long retryAfterSeconds) {
		return new FeedbackRefused(HttpStatus.TOO_MANY_REQUESTS, "too-many", null, retryAfterSeconds);
	}

	public static FeedbackRefused crossSite() {
		return new FeedbackRefused(HttpStatus.FORBIDDEN, "cross-site", null, null);
	}

	public HttpStatus status() {
		return this.status;
	}

	/** {@code invalid}, {@code missing}, {@code not-found}, {@code too-large}, {@code too-many}, {@code cross-site}. */
	public String reason() {
		return this.reason;
	}

	/** The form field to blame, or {@code null}. */
	public String field() {
		return this.field;
	}

	/** How long to wait before posting again, for {@code too-many}; {@code null} otherwise. */
	public Long retryAfterSeconds() {
		return this.retryAfterSeconds;
	}

}
