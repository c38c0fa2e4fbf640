package app.helpcenter;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import app.helpcenter.check.ContentCheck;
import app.helpcenter.check.Finding;
import app.helpcenter.content.Content;
import app.helpcenter.content.ContentLoader;
import app.helpcenter.content.ContentProperties;
import app.helpcenter.content.LoadProblem;
import app.helpcenter.content.LocaleFolder;
import app.helpcenter.render.PageBuilder;
import app.helpcenter.search.Synonyms;

/**
 * {@code java -jar helpcenter.jar check <content-root>}: checks a content tree without starting the server,
 * prints one line per finding and a summary. Exits with 0 when there are no errors, 1 when there are, and 2
 * when the tree cannot be checked at all (bad usage, a root that is not a readable folder), so that a script
 * can tell "findings" from "could not check". It never prints a stack trace.
 */
final class CheckCommand {

	static final String NAME = "check";

	private static final long MAX_FILE_BYTES = 1024 * 1024;

	private CheckCommand() {
	}

	static int run(String[] args, PrintStream out, PrintStream err) {
		if (args.length != 2) {
			err.println("usage: java -jar helpcenter.jar check <content-root>");
			return 2;
		}
		Path root;
		try {
			root = Path.of(args[1]);
		}
		catch (InvalidPathException ex) {
			err.println("not a path: " + ex.getInput());
			return 2;
		}
		if (!Files.isDirectory(root)) {
			err.println("not a folder: " + root);
			return 2;
		}
		try {
			return check(root, out);
		}
		catch (RuntimeException | StackOverflowError | OutOfMemoryError ex) {
			err.println("cannot check " + root + ": " + oneLine(ex));
			return 2;
		}
	}

	private static int check(Path root, PrintStream out) {
		Content content = new ContentLoader(MAX_FILE_BYTES).load(root);
		List<Finding> findings = new ArrayList<>(ContentCheck.check(content));
		// Rendering finds what loading cannot: articles too deep or too slow to render.
		List<LoadProblem> renderProblems = new ArrayList<>(
				new PageBuilder("https://learn.microsoft.com/{locale}/", (key, locale) -> key, Duration.ofSeconds(10),
						ContentProperties.DEFAULT_SOURCE_LOCALE)
					.build(content)
					.problems());
		renderProblems.removeAll(content.problems());
		renderProblems.forEach((problem) -> findings.add(ContentCheck.of(problem)));
		// The synonym files, read as the live site reads them: a bad line is a finding of its file.
		List<String> locales = content.folders().stream().map(LocaleFolder::locale).toList();
		Synonyms.load(content.synonyms(), locales, ContentProperties.DEFAULT_SOURCE_LOCALE)
			.problems()
			.values()
			.forEach((problems) -> problems.forEach((problem) -> findings.add(ContentCheck.of(problem))));
		out.println(ContentCheck.report(findings, content));
		return findings.stream().anyMatch((finding) -> finding.severity() == Finding.Severity.ERROR) ? 1 : 0;
	}

	private static String oneLine(Throwable ex) {
		String message = (ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getSimpleName();
		return message.replaceAll("\\p{Cntrl}+", " ");
	}

}
