package app.helpcenter.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expands DocFX includes, {@code [!INCLUDE[title](../includes/file.md)]}: the file, relative to the one that
 * includes it and inside the same locale folder, replaces the marker (its own front matter dropped, its own
 * includes expanded). A missing, unreadable, outside or cyclic include is left out and reported.
 */
final class Includes {

	private static final Pattern INCLUDE = Pattern.compile("\\[!INCLUDE\\s*\\[[^\\]]*]\\(\\s*<?([^)\\s>]+)>?\\s*\\)\\s*]",
			Pattern.CASE_INSENSITIVE);

	private static final int MAX_DEPTH = 5;

	private final Path localeFolder;

	private final long maxBytes;

	Includes(Path localeFolder, long maxBytes) {
		this.localeFolder = localeFolder.toAbsolutePath().normalize();
		this.maxBytes = maxBytes;
	}

	/**
	 * @param markdown the text to expand
	 * @param file the file it came from
	 * @param firstLine the line of the file that {@code markdown} starts on, for reports
	 * @param reportTo the file the reports name (the article, also for nested includes)
	 * @param notes where problems are reported
	 */
	String expand(String markdown, Path file, int firstLine, Path reportTo, List<LoadProblem> notes) {
		Deque<Path> including = new ArrayDeque<>();
		including.push(file.toAbsolutePath().normalize());
		return expand(markdown, including, firstLine, reportTo, notes);
	}

	private String expand(String markdown, Deque<Path> including, int firstLine, Path reportTo,
			List<LoadProblem> notes) {
		Matcher include = INCLUDE.matcher(markdown);
		StringBuilder result = new StringBuilder(markdown.length());
		while (include.find()) {
			int line = firstLine + (int) markdown.substring(0, include.start()).chars().filter((c) -> c == '\n').count();
			String replacement = "";
			Path target = including.peek().getParent().resolve(include.group(1)).normalize();
			if (!target.startsWith(this.localeFolder)) {
				notes.add(new LoadProblem(reportTo, line, 0, "include " + include.group(1) + " is outside the locale folder"));
			}
			else if (including.contains(target)) {
				notes.add(new LoadProblem(reportTo, line, 0, "include " + include.group(1) + " includes itself (cycle)"));
			}
			else if (including.size() > MAX_DEPTH) {
				notes.add(new LoadProblem(reportTo, line, 0, "include " + include.group(1) + " is nested too deeply"));
			}
			else if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
				notes.add(new LoadProblem(reportTo, line, 0, "include " + include.group(1) + " not found"));
			}
			else {
				replacement = read(target, include.group(1), including, line, reportTo, notes);
			}
			include.appendReplacement(result, Matcher.quoteReplacement(replacement));
		}
		include.appendTail(result);
		return result.toString();
	}

	private String read(Path target, String written, Deque<Path> including, int line, Path reportTo,
			List<LoadProblem> notes) {
		try {
			FrontMatterParser.Parsed parsed = FrontMatterParser.parse(SourceText.read(target, this.maxBytes));
			including.push(target);
			try {
				return expand(parsed.body().strip(), including, line, reportTo, notes);
			}
			finally {
				including.pop();
			}
		}
		catch (ContentException ex) {
			notes.add(new LoadProblem(reportTo, line, 0, "include " + written + ": " + ex.getMessage()));
		}
		catch (IOException ex) {
			notes.add(new LoadProblem(reportTo, line, 0, "include " + written + " cannot be read: " + ex));
		}
		return "";
	}

}
