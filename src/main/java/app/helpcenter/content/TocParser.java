package app.helpcenter.content;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses DocFX's Markdown tables of contents: {@code # [Title](article.md)} or {@code ## Section title}, one
 * per line, the number of {@code #} giving the depth. Other lines are ignored, as DocFX does.
 */
final class TocParser {

	private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*\\s*$");

	private static final Pattern LINK = Pattern.compile("^\\[(.*)]\\(\\s*(\\S*?)\\s*(?:\"[^\"]*\")?\\s*\\)$");

	private static final Pattern ESCAPE = Pattern.compile("\\\\(.)");

	private TocParser() {
	}

	static TableOfContents parse(String locale, String folder, Path file, String text) {
		return parse(locale, folder, file, text, new ArrayList<>());
	}

	/**
	 * @param problems where entries whose link is refused are reported (the entry stays, as a title without a
	 * link)
	 */
	static TableOfContents parse(String locale, String folder, Path file, String text, List<LoadProblem> problems) {
		List<Node> roots = new ArrayList<>();
		Deque<Node> open = new ArrayDeque<>();
		String[] lines = text.split("\n");
		for (int number = 1; number <= lines.length; number++) {
			Matcher heading = HEADING.matcher(lines[number - 1]);
			if (!heading.matches() || heading.group(2).isEmpty()) {
				continue;
			}
			int level = heading.group(1).length();
			Matcher link = LINK.matcher(heading.group(2));
			String href = link.matches() ? link.group(2) : null;
			if (href != null && !LinkSchemes.isAllowed(href)) {
				problems.add(new LoadProblem(file, number, 0,
						"link with a scheme other than http, https or mailto is not shown: " + href));
				href = null;
			}
			Node node = link.matches() ? new Node(level, unescape(link.group(1)), href)
					: new Node(level, unescape(heading.group(2)), null);
			while (!open.isEmpty() && open.peek().level >= level) {
				open.pop();
			}
			((open.isEmpty()) ? roots : open.peek().children).add(node);
			open.push(node);
		}
		return new TableOfContents(locale, folder, file, roots.stream().map(Node::toEntry).toList());
	}

	private static String unescape(String text) {
		return ESCAPE.matcher(text.strip()).replaceAll("$1");
	}

	private static final class Node {

		private final int level;

		private final String title;

		private final String href;

		private final List<Node> children = new ArrayList<>();

		Node(int level, String title, String href) {
			this.level = level;
			this.title = title;
			this.href = (href == null || href.isEmpty()) ? null : href;
		}

		TableOfContents.Entry toEntry() {
			return new TableOfContents.Entry(this.title, this.href, this.children.stream().map(Node::toEntry).toList());
		}

	}

}
