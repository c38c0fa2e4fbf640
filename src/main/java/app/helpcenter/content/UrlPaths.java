package app.helpcenter.content;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one rule for how a file below a locale folder becomes a URL: its path without {@code .md}
 * ({@code partner-center/unable-to-sign-in.md} is served at {@code /zh-tw/partner-center/unable-to-sign-in}),
 * and which names cannot become one without taking another URL or breaking in a {@code Location} header.
 */
public final class UrlPaths {

	/**
	 * Paths below a locale that the application answers itself ({@code /zh-tw/search}): no article may take
	 * them. Only these exact paths: a docset folder named {@code search/} is fine.
	 */
	public static final Set<String> RESERVED = Set.of("search", "search/suggest", "feedback", "feedback/segment");

	/**
	 * Characters a URL path cannot carry as they are: a query ({@code ?}), a fragment ({@code #}), an escape
	 * ({@code %}), path parameters ({@code ;}) and backslashes, which the server refuses, and control characters.
	 */
	private static final Pattern UNMAPPABLE = Pattern.compile("[?#%;\\\\\\p{Cntrl}]");

	private static final Pattern MARKDOWN_EXTENSION = Pattern.compile("\\.md$", Pattern.CASE_INSENSITIVE);

	private UrlPaths() {
	}

	/** The URL path of a Markdown file, from its path below the locale folder with {@code /} separators. */
	public static String ofMarkdownFile(String relativePath) {
		return MARKDOWN_EXTENSION.matcher(relativePath).replaceFirst("");
	}

	/**
	 * Why a path below a locale folder cannot be served at a URL of its own, or nothing when it can.
	 * @param path the URL path, {@code /}-separated, without extension ({@code docs/a}), or a folder for its
	 * landing page
	 */
	public static Optional<String> problem(String path) {
		if (UNMAPPABLE.matcher(path).find()) {
			return Optional.of("its name contains a character that cannot be part of a URL (? # % ; \\ or a control "
					+ "character); rename it");
		}
		String lower = path.toLowerCase(Locale.ROOT);
		if (RESERVED.contains(lower)) {
			return Optional.of("its URL would be /<locale>/" + lower + ", which the help center uses itself; rename or "
					+ "move it");
		}
		return Optional.empty();
	}

}
