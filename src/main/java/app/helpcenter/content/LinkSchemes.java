package app.helpcenter.content;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which links may appear anywhere in a page, navigation and landing pages included: http, https, mailto and
 * relative ones. Any other scheme ({@code javascript:}, {@code data:}, {@code vbscript:}, {@code file:} ...)
 * is refused wherever content names a link.
 */
public final class LinkSchemes {

	private static final Set<String> ALLOWED = Set.of("http", "https", "mailto");

	/** A scheme as browsers read it: they drop tabs and line breaks and ignore leading spaces and controls. */
	private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");

	private static final Pattern IGNORED_BY_BROWSERS = Pattern.compile("[\\t\\n\\r]|^[\\x00-\\x20]+");

	private LinkSchemes() {
	}

	/** Whether a link as written may be followed: no scheme (relative), or http, https or mailto. */
	public static boolean isAllowed(String href) {
		if (href.indexOf(':') < 0) {
			// No scheme at all: a relative link (most links are).
			return true;
		}
		Matcher scheme = SCHEME.matcher(IGNORED_BY_BROWSERS.matcher(href).replaceAll(""));
		return !scheme.find() || ALLOWED.contains(scheme.group(1).toLowerCase(Locale.ROOT));
	}

}
