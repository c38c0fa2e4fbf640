package app.helpcenter;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import app.helpcenter.check.ContentCheck;
import app.helpcenter.check.Finding;
import app.helpcenter.content.Content;
import app.helpcenter.content.ContentLoader;
import app.helpcenter.content.LoadProblem;
import app.helpcenter.render.PageBuilder;

/**
 * {@code java -jar helpcenter.jar check <content-root>}: checks a content tree without starting the server,
 * prints one line per finding and a summary, and exits with 1 when there are errors (2 for bad usage).
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
		Path root = Path.of(args[1]);
		if (!Files.isDirectory(root)) {
			err.println("not a folder: " + root);
			return 2;
		}
		Content content = new ContentLoader(MAX_FILE_BYTES).load(root);
		List<Finding> findings = new ArrayList<>(ContentCheck.check(content));
		// Rendering finds what loading cannot: articles too deep or too slow to render.
		List<LoadProblem> renderProblems = new ArrayList<>(
				new PageBuilder("https://learn.microsoft.com/{locale}/", (key, locale) -> key, Duration.ofSeconds(10))
					.build(content)
					.problems());
		renderProblems.removeAll(content.problems());
		renderProblems.forEach((problem) -> findings.add(new Finding(problem.file(), problem.line(), "",
				Finding.Severity.ERROR, problem.message())));
		out.println(ContentCheck.report(findings, content));
		return findings.stream().anyMatch((finding) -> finding.severity() == Finding.Severity.ERROR) ? 1 : 0;
	}

}
