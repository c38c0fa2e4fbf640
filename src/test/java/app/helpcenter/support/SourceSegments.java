package app.helpcenter.support;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.parser.Parser;

/**
 * The bilingual segments of an article, read straight from its Markdown source with a regular expression
 * and with Markdown and HTML markup stripped: what a reader should see of each segment, found without
 * the renderer under test.
 */
public final class SourceSegments {

	private static final Pattern PAIR = Pattern.compile("<span data-ttu-id=\"([^\"]+)\">(.*?)</span>"
			+ "<span class=\"sxs-lookup\"><span data-stu-id=\"\\1\">(.*?)</span></span>", Pattern.DOTALL);

	private static final Pattern IMAGE = Pattern.compile("!\\[((?:[^\\[\\]]|\\[[^\\]]*])*)]\\(\\s*[^)\\s]*\\s*(?:\"[^\"]*\"\\s*)?\\)");

	private static final Pattern LINK = Pattern.compile("\\[((?:[^\\[\\]]|\\[[^\\]]*])*)]\\(\\s*[^)\\s]*\\s*(?:\"[^\"]*\"\\s*)?\\)");

	/** Tags of the HTML that articles use; other text in angle brackets ({@code <VM name>}) is text to read. */
	private static final Pattern TAG = Pattern.compile("</?(?:a|b|br|code|col|colgroup|div|em|i|img|li|ol|p|pre|span"
			+ "|strong|sub|sup|table|tbody|td|th|thead|tr|u|ul)(?:\\s[^<>]*)?/?>", Pattern.CASE_INSENSITIVE);

	private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|__|`");

	private static final Pattern BACKSLASH_ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!<>|\"'])");

	private static final Pattern COMPARISON_NOISE = Pattern.compile("[*`\\\\\\s\u00A0]+");

	private SourceSegments() {
	}

	public static List<Segment> of(String markdown) {
		List<Segment> segments = new ArrayList<>();
		Matcher matcher = PAIR.matcher(markdown);
		while (matcher.find()) {
			segments.add(new Segment(matcher.group(1), plain(matcher.group(2)), plain(matcher.group(3))));
		}
		return segments;
	}

	/** The article's text outside segment pairs, as plain text: front matter, code, untranslated parts. */
	public static String outsideSegments(String markdown) {
		return plain(PAIR.matcher(markdown).replaceAll(" "));
	}

	/** Markdown and HTML markup removed, entities decoded, white space collapsed. */
	public static String plain(String markdown) {
		String text = IMAGE.matcher(markdown).replaceAll("$1");
		text = LINK.matcher(text).replaceAll("$1");
		text = TAG.matcher(text).replaceAll("");
		text = EMPHASIS.matcher(text).replaceAll("");
		text = BACKSLASH_ESCAPE.matcher(text).replaceAll("$1");
		return collapse(Parser.unescapeEntities(text, false));
	}

	public static String collapse(String text) {
		return text.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
	}

	/**
	 * What two texts are compared by: emphasis markers and white space dropped. Translation vendors leave
	 * unbalanced {@code **} and move spaces around tags, which changes neither what a reader reads nor which
	 * language it is in.
	 */
	public static String comparable(String text) {
		return COMPARISON_NOISE.matcher(text).replaceAll("");
	}

	/**
	 * One sentence in both languages, as plain text.
	 *
	 * @param id the segment id
	 * @param translated the translation
	 * @param english the English source text
	 */
	public record Segment(String id, String translated, String english) {
	}

}
