package app.helpcenter.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The words of an article's Markdown in one of its languages, taken without rendering it: what search holds of an
 * article until its pages are rendered, when their own text replaces it ({@link UnrenderedDocuments}). Markup is
 * dropped, not interpreted, so the words are close to what the pages show, not always the same: a link's text
 * stays and its target goes, an image and a comment go, a code block's lines stay.
 *
 * @param heading the text of the article's first-level heading, empty when it has none
 * @param headings the text of its second-level headings, one per line (the sections a page's outline lists)
 * @param body its words, headings but the first included, in one line
 */
record UnrenderedText(String heading, String headings, String body) {

	/** Where the English original of a sentence starts, after its translation: dropped from the translation's words. */
	private static final String ORIGINAL = "<span class=\"sxs-lookup\"><span data-stu-id=\"";

	/** What ends a sentence's original (its span, then the lookup's). */
	private static final String ORIGINAL_END = "</span></span>";

	/** Where the translation of a sentence starts: dropped from the English words, up to its original. */
	private static final String TRANSLATION = "<span data-ttu-id=\"";

	/** What ends a sentence's translation: the start of its original. */
	private static final String TRANSLATION_END = "</span><span class=\"sxs-lookup\">";

	private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);

	private static final Pattern HEADING = Pattern.compile("^ {0,3}(#{1,6})[ \\t]+(.*?)(?:[ \\t]+#+)?[ \\t]*$");

	private static final Pattern FENCE = Pattern.compile("^ {0,3}(```|~~~)");

	/** Quote markers, list markers and DocFX's block markers ({@code [!NOTE]}, {@code [!div ...]}). */
	private static final Pattern BLOCK_PREFIX = Pattern
		.compile("^[ \\t]*(?:>[ \\t]?)*(?:[-*+][ \\t]+|\\d{1,9}[.)][ \\t]+)?(?:\\[![^\\]]*][ \\t]*)?");

	/** A table's delimiter row, a link reference definition, or a DocFX {@code :::} extension (an image, a zone). */
	private static final Pattern SKIPPED_LINE = Pattern
		.compile("^[ \\t]*(?:\\|?[ \\t]*:?-{2,}:?[ \\t]*(?:\\|[ \\t]*:?-{2,}:?[ \\t]*)*\\|?"
				+ "|\\[[^\\]]+]:[ \\t]*\\S.*|:::.*)$");

	private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*]\\([^)]*\\)");

	/** A link, inline or by reference: its text stays. */
	private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)](?:\\([^)]*\\)|\\[[^\\]]*])");

	/** The first characters of the lines that {@link #BLOCK_PREFIX} or {@link #SKIPPED_LINE} may apply to. */
	private static final String BLOCK_STARTS = ">-*+0123456789[|:";

	/** What a backslash escapes in Markdown. */
	private static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

	/**
	 * @param markdown the article's body (front matter left out, includes in place)
	 * @param english the English originals of its sentences rather than their translations
	 */
	static UnrenderedText of(String markdown, boolean english) {
		String text = !markdown.contains("data-ttu-id") ? markdown
				: english ? without(markdown, TRANSLATION, TRANSLATION_END, 0)
						: without(markdown, ORIGINAL, ORIGINAL_END, ORIGINAL_END.length());
		if (text.contains("<!--")) {
			text = COMMENT.matcher(text).replaceAll("");
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
			var headingLine = (first == '#') ? HEADING.matcher(line) : null;
			if (headingLine != null && headingLine.matches()) {
				String words = words(headingLine.group(2));
				if (headingLine.group(1).length() == 1 && heading.isEmpty()) {
					heading = words;
					continue;
				}
				if (headingLine.group(1).length() == 2) {
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
		String words = line;
		if (words.indexOf('[') >= 0) {
			words = IMAGE.matcher(words).replaceAll("");
			words = LINK.matcher(words).replaceAll("$1");
		}
		StringBuilder kept = new StringBuilder(words.length());
		boolean space = true;
		for (int i = 0; i < words.length(); i++) {
			char c = words.charAt(i);
			if (isTagStart(words, i)) {
				int close = words.indexOf('>', i + 1);
				int open = words.indexOf('<', i + 1);
				if (close > 0 && (open < 0 || close < open)) {
					i = close;
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
