package app.helpcenter.content;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expands DocFX includes, {@code [!INCLUDE[title](../includes/file.md)]}: the file, relative to the one that
 * includes it and inside the same locale folder, replaces the marker (its own front matter dropped, its own
 * includes expanded). A missing, unreadable, outside or cyclic include is left out and reported. Expansion is
 * bounded: a few hundred bytes of includes that include each other can expand to gigabytes, so an article
 * whose includes nest too deeply, are too many or make it larger than one file may be is refused.
 */
final class Includes {

	/**
	 * An include, {@code [!INCLUDE[title](file.md)]} (group 1); a code snippet, {@code [!code-cs[title](file.cs#region)]}
	 * (groups 2, 3); or a code block, {@code :::code language="cs" source="file.cs" range="3-5":::} on its own line
	 * (group 4, the attributes). A syntax added here must be added to {@link #mayInclude}, which spares articles
	 * without any of them this pattern.
	 */
	private static final Pattern INCLUDE = Pattern.compile("\\[!INCLUDE\\s*\\[[^\\]]*]\\(\\s*<?([^)\\s>]+)>?\\s*\\)\\s*]"
			+ "|\\[!code-([A-Za-z0-9+#.-]+)\\s*\\[[^\\]]*]\\(\\s*<?([^)\\s>]+)>?\\s*\\)\\s*]"
			+ "|(?m)^ {0,3}:::\\s*code\\s+((?:[A-Za-z-]+=\"[^\"]*\"\\s*)*):::[ \\t]*$", Pattern.CASE_INSENSITIVE);

	static final int MAX_DEPTH = 5;

	static final int MAX_INCLUDES = 200;

	private final LocaleFolder folder;

	private final long maxChars;

	/**
	 * @param folder the locale folder includes are read from
	 * @param maxChars the most characters an article may have once its includes are expanded
	 */
	Includes(LocaleFolder folder, long maxChars) {
		this.folder = folder;
		this.maxChars = maxChars;
	}

	/**
	 * @param markdown the text to expand
	 * @param file the real path of the file it came from
	 * @param firstLine the line of the file that {@code markdown} starts on, for reports
	 * @param reportTo the file the reports name (the article, also for nested includes)
	 * @param notes where problems are reported
	 * @throws ContentException when the expansion goes past its bounds
	 */
	Expanded expand(String markdown, Path file, int firstLine, Path reportTo, List<LoadProblem> notes)
			throws ContentException {
		Expansion expansion = new Expansion(reportTo, notes);
		expansion.including.push(file);
		expansion.sources.add(file);
		expansion.chars = markdown.length();
		return new Expanded(expand(markdown, expansion, firstLine, false), expansion.sources);
	}

	/**
	 * An article's Markdown with its includes in place.
	 *
	 * @param markdown the expanded Markdown
	 * @param sources the real path of every file it was made from: the article and each include, also those
	 * that were missing or could not be read, so that a change to any of them is a change to the article
	 */
	record Expanded(String markdown, Set<Path> sources) {

		Expanded {
			sources = Set.copyOf(sources);
		}

	}

	/**
	 * @param nested whether {@code markdown} is an included file: what is wrong in it is reported at the line of
	 * the article's include, {@code firstLine}
	 */
	private String expand(String markdown, Expansion expansion, int firstLine, boolean nested)
			throws ContentException {
		if (!mayInclude(markdown)) {
			// Nothing the pattern can match: most articles, which it would otherwise try at every character.
			return markdown;
		}
		Matcher include = INCLUDE.matcher(markdown);
		StringBuilder result = null;
		int lineCount = 0;
		int counted = 0;
		while (include.find()) {
			if (result == null) {
				result = new StringBuilder(markdown.length());
			}
			for (; counted < include.start(); counted++) {
				if (markdown.charAt(counted) == '\n') {
					lineCount++;
				}
			}
			int line = nested ? firstLine : firstLine + lineCount;
			String replacement;
			if (include.group(1) != null) {
				replacement = include(include.group(1), expansion, line);
			}
			else if (include.group(2) != null) {
				replacement = CodeSnippet.ofLink(include.group(2), include.group(3))
					.map((snippet) -> code(snippet, expansion, line))
					.orElse("");
			}
			else {
				Optional<CodeSnippet> snippet = CodeSnippet.ofAttributes(include.group(4));
				if (snippet.isEmpty()) {
					expansion.note(line, ":::code::: needs a source=\"...\" attribute; it is left out");
				}
				replacement = snippet.map((found) -> code(found, expansion, line)).orElse("");
			}
			include.appendReplacement(result, Matcher.quoteReplacement(replacement));
		}
		if (result == null) {
			return markdown;
		}
		include.appendTail(result);
		return result.toString();
	}

	private String include(String written, Expansion expansion, int line) throws ContentException {
		if (++expansion.count > MAX_INCLUDES) {
			throw new ContentException("has more than " + MAX_INCLUDES + " includes (include " + written + " on line "
					+ line + "); it is not served", line, 0);
		}
		if (expansion.including.size() > MAX_DEPTH) {
			expansion.note(line, "include " + written + " is nested more than " + MAX_DEPTH + " deep; it is left out");
			return "";
		}
		Path target = expansion.including.peek().resolveSibling(written).normalize();
		Path real = this.folder.realPath(target).orElse(null);
		expansion.sources.add((real != null) ? real : target);
		if (real != null && expansion.including.contains(real)) {
			expansion.note(line, "include " + written + " includes itself (cycle); it is left out");
			return "";
		}
		String text;
		try {
			text = FrontMatterParser.parse(this.folder.read(target)).body().strip();
		}
		catch (NoSuchFileException ex) {
			expansion.note(line, "include " + written + " not found");
			return "";
		}
		catch (ContentException ex) {
			expansion.note(line, "include " + written + ": " + ex.getMessage());
			return "";
		}
		catch (IOException ex) {
			expansion.note(line, "include " + written + " cannot be read: " + ProblemText.of(ex));
			return "";
		}
		expansion.chars += text.length();
		if (expansion.chars > this.maxChars) {
			throw new ContentException("with its includes it is more than " + this.maxChars
					+ " characters (include " + written + " on line " + line + "); it is not served", line, 0);
		}
		expansion.including.push(real);
		try {
			return expand(text, expansion, line, true);
		}
		finally {
			expansion.including.pop();
		}
	}

	/**
	 * A code snippet from a file of the repository as a fenced code block: read like an include (inside the locale
	 * folder only, counted and bounded with the includes), cut to its region or lines.
	 */
	private String code(CodeSnippet snippet, Expansion expansion, int line) {
		if (++expansion.count > MAX_INCLUDES) {
			return "";
		}
		Path target = expansion.including.peek().resolveSibling(snippet.path()).normalize();
		Path real = this.folder.realPath(target).orElse(null);
		expansion.sources.add((real != null) ? real : target);
		String text;
		try {
			text = this.folder.read(target);
		}
		catch (NoSuchFileException ex) {
			expansion.note(line, "code snippet " + snippet.path() + " not found");
			return "";
		}
		catch (ContentException ex) {
			expansion.note(line, "code snippet " + snippet.path() + ": " + ex.getMessage());
			return "";
		}
		catch (IOException ex) {
			expansion.note(line, "code snippet " + snippet.path() + " cannot be read: " + ProblemText.of(ex));
			return "";
		}
		Optional<String> code = snippet.cut(text);
		if (code.isEmpty()) {
			expansion.note(line, "code snippet " + snippet.path() + " has no " + snippet.part() + "; it is left out");
			return "";
		}
		expansion.chars += code.get().length();
		if (expansion.chars > this.maxChars) {
			expansion.note(line, "code snippet " + snippet.path() + " makes the article too large; it is left out");
			return "";
		}
		return CodeSnippet.fenced(snippet.language(), code.get());
	}

	/** Whether {@code markdown} has a {@code [!INCLUDE}, a {@code [!code-} (any case) or a {@code :::}. */
	private static boolean mayInclude(String markdown) {
		if (markdown.contains(":::")) {
			return true;
		}
		for (int at = markdown.indexOf("[!"); at >= 0; at = markdown.indexOf("[!", at + 2)) {
			if (markdown.regionMatches(true, at + 2, "include", 0, 7) || markdown.regionMatches(true, at + 2, "code-", 0, 5)) {
				return true;
			}
		}
		return false;
	}

	/** The state of one article's expansion: the files being included, and how much has been included. */
	private static final class Expansion {

		private final Deque<Path> including = new ArrayDeque<>();

		private final Set<Path> sources = new HashSet<>();

		private final Path reportTo;

		private final List<LoadProblem> notes;

		private int count;

		private long chars;

		Expansion(Path reportTo, List<LoadProblem> notes) {
			this.reportTo = reportTo;
			this.notes = notes;
		}

		void note(int line, String message) {
			this.notes.add(new LoadProblem(this.reportTo, line, 0, message));
		}

	}

}
