package app.helpcenter.content;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The words of an article's Markdown in one of its languages, taken without rendering it: what search holds of an
 * article until its pages are rendered, when their own text replaces it ({@code search.UnrenderedDocuments}), and
 * the heading its English page shows in the navigation until then ({@link #headingOf}). Markup is
 * dropped, not interpreted, so the words are close to what the pages show, not always the same: a link's text
 * stays and its target goes, an image and a comment go, a code block's lines stay. Every step is a single pass
 * (no regular expression that backtracks over a line): an article's words are taken before any time limit applies.
 *
 * @param heading the text of the article's first-level heading, empty when it has none
 * @param headings the text of its second-level headings, one per line (the sections a page's outline lists)
 * @param body its words, headings but the first included, in one line
 */
public record UnrenderedText(String heading, String headings, String body) {

	/** Where the English original of a sentence starts, after its translation: dropped from the translation's words. */
	private static final String ORIGINAL = "<span class=\"sxs-lookup\"><span data-stu-id=\"";

	/** What ends a sentence's original (its span, then the lookup's). */
	private static final String ORIGINAL_END = "</span></span>";

	/** Where the translation of a sentence starts: dropped from the English words, up to its original. */
	private static final String TRANSLATION = "<span data-ttu-id=\"";

	/** What ends a sentence's translation: the start of its original. */
	private static final String TRANSLATION_END = "</span><span class=\"sxs-lookup\">";

	private static final Pattern FENCE = Pattern.compile("^ {0,3}(```|~~~)");

	/** Quote markers, list markers and DocFX's block markers ({@code [!NOTE]}, {@code [!div ...]}). */
	private static final Pattern BLOCK_PREFIX = Pattern
		.compile("^[ \\t]*(?:>[ \\t]?)*(?:[-*+][ \\t]+|\\d{1,9}[.)][ \\t]+)?(?:\\[![^\\]]*][ \\t]*)?");

	/** A table's delimiter row, a link reference definition, or a DocFX {@code :::} extension (an image, a zone). */
	private static final Pattern SKIPPED_LINE = Pattern
		.compile("^[ \\t]*(?:\\|?[ \\t]*:?-{2,}:?[ \\t]*(?:\\|[ \\t]*:?-{2,}:?[ \\t]*)*\\|?"
				+ "|\\[[^\\]]+]:[ \\t]*\\S.*|:::.*)$");

	/** The first characters of the lines that {@link #BLOCK_PREFIX} or {@link #SKIPPED_LINE} may apply to. */
	private static final String BLOCK_STARTS = ">-*+0123456789[|:";

	/** What a backslash escapes in Markdown. */
	private static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

	/**
	 * @param markdown the article's body (front matter left out, includes in place)
	 * @param english the English originals of its sentences rather than their translations
	 */
	public static UnrenderedText of(String markdown, boolean english) {
		String text = !markdown.contains("data-ttu-id") ? markdown
				: english ? without(markdown, TRANSLATION, TRANSLATION_END, 0)
						: without(markdown, ORIGINAL, ORIGINAL_END, ORIGINAL_END.length());
		if (text.contains("<!--")) {
			text = without(text, "<!--", "-->", "-->".length());
		}
		String heading = "";
		List<String> headings = new ArrayList<>();
		StringBuilder body = new StringBuilder(text.length() / 2);
		boolean inCode = false;
		for (String line : text.split("\n", -1)) {
			char first = firstNonBlank(line);
			if ((first == '`' || first == '~') && FENCE.matcher(line).find()) {
				inCode = !inCode;
				continue;
			}
			if (inCode) {
				append(body, line.strip());
				continue;
			}
			int level = (first == '#') ? headingLevel(line) : 0;
			if (level > 0) {
				String words = words(headingText(line, level));
				if (level == 1 && heading.isEmpty()) {
					heading = words;
					continue;
				}
				if (level == 2) {
					headings.add(words);
				}
				append(body, words);
			}
			else if (BLOCK_STARTS.indexOf(first) < 0) {
				append(body, words(line));
			}
			else if (!SKIPPED_LINE.matcher(line).matches()) {
				append(body, words(BLOCK_PREFIX.matcher(line).replaceFirst("")));
			}
		}
		return new UnrenderedText(heading, String.join("\n", headings), body.toString());
	}

	/**
	 * The text of the first-level heading alone, as {@link #of} finds it, without going through the whole body: the
	 * same pass over the lines up to the first line that starts a first-level heading outside a code block (the
	 * whole body when there is none, when a comment or a sentence's span is still open on that line, or when the
	 * heading has no words and a later one is the heading).
	 * @param markdown the article's body
	 * @param english the English originals rather than the translations
	 */
	public static String headingOf(String markdown, boolean english) {
		boolean inCode = false;
		int from = 0;
		while (from < markdown.length()) {
			int end = markdown.indexOf('\n', from);
			end = (end < 0) ? markdown.length() : end;
			String line = markdown.substring(from, end);
			char first = firstNonBlank(line);
			if ((first == '`' || first == '~') && FENCE.matcher(line).find()) {
				inCode = !inCode;
			}
			else if (!inCode && first == '#' && headingLevel(line) == 1) {
				String above = markdown.substring(0, end);
				if (closed(above, "<!--", "-->") && closed(above, TRANSLATION, TRANSLATION_END)
						&& closed(above, ORIGINAL, ORIGINAL_END)) {
					String heading = of(above, english).heading();
					if (!heading.isEmpty()) {
						return heading;
					}
				}
				break;
			}
			from = end + 1;
		}
		return of(markdown, english).heading();
	}

	/** Whether the last {@code start} in {@code text} is closed by an {@code end} after it (or there is none). */
	private static boolean closed(String text, String start, String end) {
		int at = text.lastIndexOf(start);
		return at < 0 || text.indexOf(end, at + start.length()) >= 0;
	}

	private static void append(StringBuilder body, String words) {
		if (!words.isEmpty()) {
			if (body.length() > 0) {
				body.append(' ');
			}
			body.append(words);
		}
	}

	/**
	 * {@code text} without each part that starts with {@code start} and ends before {@code end} (or
	 * {@code endLength} characters after its start, to drop the end too).
	 */
	private static String without(String text, String start, String end, int endLength) {
		StringBuilder kept = new StringBuilder(text.length());
		int from = 0;
		int at;
		while ((at = text.indexOf(start, from)) >= 0) {
			int stop = text.indexOf(end, at + start.length());
			if (stop < 0) {
				break;
			}
			kept.append(text, from, at);
			from = stop + endLength;
		}
		return kept.append(text, from, text.length()).toString();
	}

	/** The level of an ATX heading ({@code ## Text}): its {@code #} marks, at most 3 spaces in; 0 for other lines. */
	private static int headingLevel(String line) {
		int at = 0;
		while (at < line.length() && at < 3 && line.charAt(at) == ' ') {
			at++;
		}
		int level = 0;
		while (at + level < line.length() && line.charAt(at + level) == '#') {
			level++;
		}
		int after = at + level;
		boolean separated = after == line.length() || line.charAt(after) == ' ' || line.charAt(after) == '\t';
		return (level >= 1 && level <= 6 && separated) ? level : 0;
	}

	/** The text of a heading line: after its {@code #} marks, without a closing run of {@code #}. */
	private static String headingText(String line, int level) {
		String text = line.substring(line.indexOf('#') + level).strip();
		int end = text.length();
		while (end > 0 && text.charAt(end - 1) == '#') {
			end--;
		}
		if (end == 0 || text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\t') {
			text = text.substring(0, end).strip();
		}
		return text;
	}

	/** The first character of a line that is not a space or a tab; a space when there is none. */
	private static char firstNonBlank(String line) {
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c != ' ' && c != '\t') {
				return c;
			}
		}
		return ' ';
	}

	/**
	 * The words of one line: images and tags gone, links as their text, emphasis and code marks gone, table bars and
	 * runs of spaces as one space, character references decoded.
	 */
	private static String words(String line) {
		String words = (line.indexOf('[') >= 0) ? links(links(line, true), false) : line;
		StringBuilder kept = new StringBuilder(words.length());
		boolean space = true;
		// The next '>' and '<' after a tag's start, found once for every tag start before them.
		int nextClose = -1;
		int nextOpen = -1;
		for (int i = 0; i < words.length(); i++) {
			char c = words.charAt(i);
			if (isTagStart(words, i)) {
				if (nextClose <= i) {
					nextClose = words.indexOf('>', i + 1);
					nextClose = (nextClose < 0) ? Integer.MAX_VALUE : nextClose;
				}
				if (nextOpen <= i) {
					nextOpen = words.indexOf('<', i + 1);
					nextOpen = (nextOpen < 0) ? Integer.MAX_VALUE : nextOpen;
				}
				if (nextClose < nextOpen) {
					i = nextClose;
					continue;
				}
			}
			if (c == '*' || c == '`' || (c == '_' && isMark(words, i)) || (c == '\\' && i + 1 < words.length()
					&& PUNCTUATION.indexOf(words.charAt(i + 1)) >= 0)) {
				continue;
			}
			if (c == ' ' || c == '\t' || c == '|' || c == '\u00a0' || c == '\u3000') {
				space = true;
				continue;
			}
			if (space && kept.length() > 0) {
				kept.append(' ');
			}
			space = false;
			kept.append(c);
		}
		String text = kept.toString();
		if (text.indexOf('&') >= 0) {
			text = text.replace("&lt;", "<")
				.replace("&gt;", ">")
				.replace("&quot;", "\"")
				.replace("&#39;", "'")
				.replace("&nbsp;", " ")
				.replace("&amp;", "&");
		}
		return text;
	}

	/**
	 * A line with its images gone ({@code ![alt](target)}, when {@code images}) or its links as their text
	 * ({@code [text](target)}, {@code [text][reference]}), in one pass: a bracket or a parenthesis never closed ends
	 * the search.
	 */
	private static String links(String line, boolean images) {
		int lastParenthesis = line.lastIndexOf(')');
		int lastBracket = line.lastIndexOf(']');
		StringBuilder kept = new StringBuilder(line.length());
		int from = 0;
		int open;
		while ((open = line.indexOf(images ? "![" : "[", from)) >= 0) {
			int text = open + (images ? 2 : 1);
			int close = line.indexOf(']', text);
			if (close < 0) {
				break;
			}
			char after = (close + 1 < line.length()) ? line.charAt(close + 1) : ' ';
			int last = (after == '(') ? lastParenthesis : (after == '[' && !images) ? lastBracket : -1;
			int end = (last > close + 1) ? line.indexOf((after == '(') ? ')' : ']', close + 2) : -1;
			if (end < 0) {
				kept.append(line, from, close + 1);
				from = close + 1;
				continue;
			}
			kept.append(line, from, open);
			if (!images) {
				kept.append(line, text, close);
			}
			from = end + 1;
		}
		return kept.append(line, from, line.length()).toString();
	}

	/** Whether the underscore at {@code i} marks emphasis: not inside a word ({@code snake_case} keeps it). */
	private static boolean isMark(String text, int i) {
		return !(i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)) && i + 1 < text.length()
				&& Character.isLetterOrDigit(text.charAt(i + 1)));
	}

	/** Whether a tag starts at {@code i}: {@code <} and a letter of a tag name, or {@code </}. */
	private static boolean isTagStart(String text, int i) {
		if (text.charAt(i) != '<' || i + 1 >= text.length()) {
			return false;
		}
		char next = text.charAt(i + 1);
		return next == '/' || (next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z');
	}

}
