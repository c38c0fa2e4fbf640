package app.helpcenter.web;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs requests the help center refuses as bad: one line at WARN without a stack trace, at most one line a
 * second (the lines held back are counted in the next one), and the request's own text escaped, so that a
 * client sending bad requests in a loop can neither fill the disk nor forge log lines.
 */
final class BadRequestLog {

	private static final Logger logger = LoggerFactory.getLogger(BadRequestLog.class);

	private static final long INTERVAL = TimeUnit.SECONDS.toNanos(1);

	private static final int MAX_DETAIL = 200;

	private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

	private final AtomicLong nextLine = new AtomicLong(System.nanoTime());

	private final AtomicLong heldBack = new AtomicLong();

	/**
	 * @param reason why the request was refused, in words of the application
	 * @param detail what the client sent (escaped and shortened here)
	 */
	void refused(String reason, String detail) {
		long now = System.nanoTime();
		long next = this.nextLine.get();
		if (now - next < 0 || !this.nextLine.compareAndSet(next, now + INTERVAL)) {
			this.heldBack.incrementAndGet();
			return;
		}
		long held = this.heldBack.getAndSet(0);
		logger.warn("Bad request refused: {}: {}{}", reason, escape(detail),
				(held > 0) ? " (" + held + " more not logged)" : "");
	}

	/** Control characters as {@code \\uXXXX}, and at most a few hundred characters. */
	static String escape(String text) {
		if (text == null) {
			return "";
		}
		String shortened = (text.length() > MAX_DETAIL) ? text.substring(0, MAX_DETAIL) + "..." : text;
		return CONTROL.matcher(shortened)
			.replaceAll((match) -> Matcher.quoteReplacement(String.format("\\u%04x", (int) match.group().charAt(0))));
	}

}
