package app.helpcenter.check;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

import app.helpcenter.check.Finding.Severity;
import app.helpcenter.content.Article;
import app.helpcenter.content.Content;
import app.helpcenter.content.LoadProblem;
import app.helpcenter.content.LocaleFolder;
import app.helpcenter.content.Redirect;
import app.helpcenter.render.CodeFences;
import app.helpcenter.render.DocfxExtensions;
import app.helpcenter.render.MarkdownRenderer;
import app.helpcenter.render.PageLinks;
import app.helpcenter.render.SegmentPairs;

/**
 * What an author must learn before a reader does: files that could not be loaded, unpaired segments,
 * segments whose translation links elsewhere than their English, links and images to files that are not
 * in the repository, anchors used twice, redirects to articles that do not exist, and URLs damaged by
 * translation. Works on the loaded content alone, so it runs at start-up and from the command line.
 */
public final class ContentCheck {

	/** Inline code: a run of backticks up to the next run of the same length. */
	private static final Pattern CODE_SPAN = Pattern.compile("(?<!`)(`+)(?!`).*?(?<!`)\\1(?!`)", Pattern.DOTALL);

	private static final Pattern IMAGE_FILE = Pattern.compile("\\.(png|jpe?g|gif|svg|webp)([?#].*)?$",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern ANCHOR = Pattern.compile("<a\\s+(?:name|id)\\s*=\\s*\"([^\"]+)\"", Pattern.CASE_INSENSITIVE);

	private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

	/** Full-width punctuation and forms that a translation tool can glue to a URL: 。，）」 and the like. */
	private static final Pattern FULL_WIDTH = Pattern.compile("[\\u3000-\\u303F\\uFF00-\\uFFEF]");

	/**
	 * Link syntax that Markdown did not make a link: {@code [text] (file.md)}, {@code [text](file.md and ...}; not a
	 * translator's {@code [Accept] (接受)}, whose parentheses hold no path or URL.
	 */
	private static final Pattern UNMADE_LINK = Pattern
		.compile("\\[[^\\[\\]]*]\\s?\\((?=[\\w~-]*[./#])[\\w./#:?=&%~-]+");

	/** The renderer's own reading of Markdown: what it makes a link, the check checks, and nothing else. */
	private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer();

	private ContentCheck() {
	}

	public static List<Finding> check(Content content) {
		List<Finding> findings = new ArrayList<>();
		content.problems().stream().map(ContentCheck::of).forEach(findings::add);
		Map<String, Set<String>> articles = new HashMap<>();
		for (Article article : content.articles()) {
			articles.computeIfAbsent(article.locale(), (locale) -> new HashSet<>()).add(article.path());
			findings.addAll(checkArticle(article, content.folder(article.locale()).orElse(null)));
		}
		findings.addAll(checkRedirects(content.redirects(),
				(locale, path) -> articles.getOrDefault(locale, Set.of()).contains(path)));
		return sorted(findings);
	}

	/** A problem that kept a file from being loaded, as a finding. */
	public static Finding of(LoadProblem problem) {
		return new Finding(problem.file(), problem.line(), problem.column(), "", Severity.ERROR, problem.message());
	}

	/**
	 * What is wrong in one article: its notes (includes), its segments, its links and its anchors.
	 * @param folder its locale folder, where its links to files are looked for; {@code null} when unknown
	 */
	public static List<Finding> checkArticle(Article article, LocaleFolder folder) {
		return checkRecording(article, folder).findings();
	}

	/**
	 * What is wrong in one article ({@link #checkArticle}), with the files it looked for in {@code folder} and
	 * whether they were there, so that the findings can be kept while those answers hold.
	 */
	public static CheckedArticle checkRecording(Article article, LocaleFolder folder) {
		List<Finding> findings = new ArrayList<>();
		Map<Path, Boolean> asked = new LinkedHashMap<>();
		Path file = article.source();
		article.notes().stream().map(ContentCheck::of).forEach(findings::add);
		Source source = new Source(article, article.markdown());
		Element page = rendered(source, file, findings);
		Map<String, Integer> segmentLines = segments(source, page, file, findings);
		if (folder != null && page != null) {
			links(source, page, segmentLines, file, (path) -> asked.computeIfAbsent(path, folder::contains), findings);
		}
		anchors(source, file, findings);
		extensions(source, file, findings);
		return new CheckedArticle(sorted(findings), asked, page != null && folder != null);
	}

	/**
	 * Redirects whose target is not an article here.
	 * @param exists whether an article is loaded, by locale and path
	 */
	public static List<Finding> checkRedirects(List<Redirect> redirects, BiPredicate<String, String> exists) {
		List<Finding> findings = new ArrayList<>();
		for (Redirect redirect : redirects) {
			redirectTarget(redirect, exists, findings);
		}
		return findings;
	}

	/** A link in a sentence is in its translation and its English: one finding is enough. */
	private static List<Finding> sorted(List<Finding> findings) {
		return findings.stream()
			.distinct()
			.sorted(Comparator.comparing(Finding::file).thenComparingInt(Finding::line))
			.toList();
	}

	/** One line per finding and a summary line last. */
	public static String report(List<Finding> findings, Content content) {
		StringBuilder report = new StringBuilder();
		findings.forEach((finding) -> report.append(finding).append('\n'));
		report.append(summary(findings, content));
		return report.toString();
	}

	public static String summary(List<Finding> findings, Content content) {
		long errors = findings.stream().filter((finding) -> finding.severity() == Severity.ERROR).count();
		long files = findings.stream().map(Finding::file).distinct().count();
		return String.format("Checked %d articles: %d error(s), %d warning(s) in %d file(s)", content.articles().size(),
				errors, findings.size() - errors, files);
	}

	/**
	 * Sentence pairs as the renderer pairs them ({@link SegmentPairs}), on the article parsed as HTML with the
	 * lines of its elements: a translation without its English, an English without its translation, and (on the
	 * rendered page) a pair whose two sides link to different places.
	 * @return the line each segment id is first seen on
	 */
	private static Map<String, Integer> segments(Source source, Element page, Path file, List<Finding> findings) {
		String text = source.text();
		Map<String, Integer> lines = new HashMap<>();
		if (!text.contains("data-ttu-id") && !text.contains("data-stu-id")) {
			return lines;
		}
		Document tracked = Parser.htmlParser().setTrackPosition(true).parseInput(text, "");
		Element body = tracked.body();
		Set<String> translatedIds = new HashSet<>();
		Set<String> sourceIds = new HashSet<>();
		body.select("span[data-ttu-id]").forEach((span) -> translatedIds.add(span.attr("data-ttu-id")));
		body.select("span[data-stu-id]").forEach((span) -> sourceIds.add(span.attr("data-stu-id")));
		for (Element translated : body.select("span[data-ttu-id]")) {
			String id = translated.attr("data-ttu-id");
			int line = lineOf(source, translated);
			lines.putIfAbsent(id, line);
			if (SegmentPairs.englishOf(translated) == null) {
				findings.add(new Finding(file, line, 0, id, Severity.ERROR, sourceIds.contains(id)
						? "translation and English are not next to each other" : "translation has no English original"));
			}
		}
		for (Element english : body.select("span[data-stu-id]")) {
			lines.putIfAbsent(english.attr("data-stu-id"), lineOf(source, english));
			if (!translatedIds.contains(english.attr("data-stu-id"))) {
				findings.add(new Finding(file, lineOf(source, english), 0, english.attr("data-stu-id"), Severity.ERROR,
						"English original has no translation"));
			}
		}
		if (page != null) {
			for (Element translated : page.select("span[data-ttu-id]")) {
				Element english = SegmentPairs.englishOf(translated);
				Set<String> translatedLinks = targets(translated);
				Set<String> englishLinks = (english != null) ? targets(english) : translatedLinks;
				if (!translatedLinks.equals(englishLinks)) {
					String id = translated.attr("data-ttu-id");
					findings.add(new Finding(file, lines.getOrDefault(id, 0), 0, id, Severity.ERROR,
							"translation links to " + translatedLinks + " but the English to " + englishLinks));
				}
			}
		}
		return lines;
	}

	/** The article as the renderer makes it HTML, or {@code null} (and a finding) when it cannot. */
	private static Element rendered(Source source, Path file, List<Finding> findings) {
		try {
			return Jsoup.parseBodyFragment(MARKDOWN.toHtml(source.text())).body();
		}
		catch (RuntimeException | StackOverflowError ex) {
			findings.add(new Finding(file, source.article().bodyLine(), 0, "", Severity.ERROR,
					"the article cannot be rendered, so its links are not checked: " + ex));
			return null;
		}
	}

	/**
	 * The text with fenced code blocks and inline code blanked out (newlines kept, so offsets and lines stay
	 * where they were).
	 */
	static String withoutCode(String text) {
		if (text.indexOf('`') < 0 && text.indexOf("~~~") < 0) {
			return text;
		}
		char[] chars = text.toCharArray();
		String[] lines = text.split("\n", -1);
		boolean[] fenced = CodeFences.of(lines);
		int start = 0;
		for (int i = 0; i < lines.length; i++) {
			if (fenced[i]) {
				blank(chars, start, start + lines[i].length());
			}
			start += lines[i].length() + 1;
		}
		Matcher span = CODE_SPAN.matcher(new String(chars));
		while (span.find()) {
			blank(chars, span.start(), span.end());
		}
		return new String(chars);
	}

	private static void blank(char[] chars, int from, int to) {
		for (int i = from; i < to; i++) {
			if (chars[i] != '\n') {
				chars[i] = ' ';
			}
		}
	}

	/** The line of the file an element of the article's parsed text starts on. */
	private static int lineOf(Source source, Element element) {
		return source.article().bodyLine() + element.sourceRange().start().lineNumber() - 1;
	}

	/**
	 * The links and images of the rendered page ({@link PageLinks}), each with the line where its target is
	 * written (outside code), or else the line of its sentence.
	 */
	private static void links(Source source, Element page, Map<String, Integer> segmentLines, Path file,
			Predicate<Path> inFolder, List<Finding> findings) {
		String text = withoutCode(source.text());
		Map<String, Integer> searchedUpTo = new HashMap<>();
		for (PageLinks.Link link : PageLinks.of(page)) {
			String target = link.target();
			String segment = segmentOf(link.element());
			int offset = text.indexOf(target, searchedUpTo.getOrDefault(target, 0));
			int line;
			if (offset >= 0 && !target.isEmpty()) {
				searchedUpTo.put(target, offset + target.length());
				line = line(source, offset);
			}
			else {
				line = segmentLines.getOrDefault(segment, 0);
			}
			link(source, file, inFolder, target, link.image() || IMAGE_FILE.matcher(target).find(), line, segment,
					findings);
		}
		unmadeLinks(source, text, page, segmentLines, file, findings);
	}

	/**
	 * Text that was written as a link but is shown as text, brackets and parentheses included: a space between
	 * {@code ]} and {@code (} or a missing {@code )}, often added by translation.
	 */
	private static void unmadeLinks(Source source, String text, Element page, Map<String, Integer> segmentLines,
			Path file, List<Finding> findings) {
		if (!UNMADE_LINK.matcher(text).find()) {
			return;
		}
		for (Element element : page.select("*")) {
			if (element.closest("pre, code") != null) {
				continue;
			}
			for (TextNode shown : element.textNodes()) {
				Matcher unmade = UNMADE_LINK.matcher(shown.getWholeText());
				while (unmade.find()) {
					String segment = segmentOf(element);
					int offset = text.indexOf(unmade.group());
					int line = (offset >= 0) ? line(source, offset) : segmentLines.getOrDefault(segment, 0);
					findings.add(new Finding(file, line, 0, segment, Severity.ERROR,
							"written as a link but shown as text (check the brackets and parentheses): "
									+ unmade.group()));
				}
			}
		}
	}

	/** The id of the sentence an element is in, empty when it is in none. */
	private static String segmentOf(Element element) {
		for (Element parent = element; parent != null; parent = parent.parent()) {
			if (parent.hasAttr("data-ttu-id")) {
				return parent.attr("data-ttu-id");
			}
			if (parent.hasAttr("data-stu-id")) {
				return parent.attr("data-stu-id");
			}
		}
		return "";
	}

	private static void link(Source source, Path file, Predicate<Path> inFolder, String target, boolean image, int line,
			String segment, List<Finding> findings) {
		if (FULL_WIDTH.matcher(target).find()) {
			findings.add(new Finding(file, line, 0, segment, Severity.ERROR,
					"URL damaged by translation (full-width characters in it): " + target));
			return;
		}
		if (target.isEmpty() || target.startsWith("#") || target.startsWith("//") || SCHEME.matcher(target).find()) {
			return;
		}
		String path = target.replaceFirst("[?#].*$", "");
		if (path.isEmpty()) {
			return;
		}
		Path resolved;
		try {
			resolved = (path.startsWith("/") ? Path.of(path.substring(1))
					: Path.of(source.article().path()).resolveSibling(path)).normalize();
		}
		catch (InvalidPathException ex) {
			resolved = Path.of("");
		}
		boolean exists = resolved.getFileName() != null && (inFolder.test(resolved)
				|| inFolder.test(resolved.resolveSibling(resolved.getFileName() + ".md"))
				|| inFolder.test(resolved.resolve("index.yml")));
		if (!exists && path.startsWith("/")) {
			// Site paths may point at other docsets of the docs site; only paths into this repository are checked.
			return;
		}
		if (!exists) {
			findings.add(new Finding(file, line, 0, segment,
					image ? Severity.WARNING : Severity.ERROR, (image ? "image not in the repository (shown from the "
							+ "upstream site): " : "link to a file that does not exist: ") + target));
		}
	}

	private static void anchors(Source source, Path file, List<Finding> findings) {
		Map<String, Integer> seen = new HashMap<>();
		Matcher anchor = ANCHOR.matcher(source.text());
		while (anchor.find()) {
			Integer first = seen.putIfAbsent(anchor.group(1), line(source, anchor.start()));
			if (first != null) {
				findings.add(new Finding(file, line(source, anchor.start()), 0, "", Severity.ERROR,
						"anchor \"" + anchor.group(1) + "\" is also on line " + first));
			}
		}
	}

	/** DocFX extensions the renderer does not know: left out of the page, so the author should hear of them. */
	private static void extensions(Source source, Path file, List<Finding> findings) {
		for (DocfxExtensions.Unknown unknown : DocfxExtensions.unknown(source.text())) {
			findings.add(new Finding(file, line(source, source.lineStarts()[unknown.line() - 1]), 0, "", Severity.WARNING,
					"unknown DocFX extension :::" + unknown.name() + "::: is left out of the page"));
		}
	}

	private static void redirectTarget(Redirect redirect, BiPredicate<String, String> exists, List<Finding> findings) {
		String target = redirect.redirectUrl();
		if (SCHEME.matcher(target).find() || target.startsWith("//")) {
			return;
		}
		String path = target.replaceFirst("[?#].*$", "").replaceFirst("^/", "").replaceFirst("(?i)\\.md$", "");
		if (!exists.test(redirect.locale(), path)) {
			findings.add(new Finding(Path.of(redirect.locale(), ".openpublishing.redirection.json"), 0, 0, "",
					Severity.ERROR, "redirect of " + redirect.sourcePath() + " goes to " + target
							+ ", which is not an article here"));
		}
	}


	/** Where the links and images inside an element go, as written. */
	private static Set<String> targets(Element element) {
		Set<String> targets = new TreeSet<>();
		PageLinks.of(element).forEach((link) -> targets.add(link.target()));
		return targets;
	}

	private static int line(Source source, int offset) {
		if (offset < 0) {
			return 0;
		}
		int index = Arrays.binarySearch(source.lineStarts(), offset);
		int lineInBody = (index >= 0) ? index : -index - 2;
		return source.article().bodyLine() + lineInBody;
	}

	/**
	 * An article and its Markdown, inflated once for all checks, with where each of its lines starts (a line
	 * number is then a binary search, not a scan from the top: an article can have thousands of findings).
	 */
	private record Source(Article article, String text, int[] lineStarts) {

		Source(Article article, String text) {
			this(article, text, lineStarts(text));
		}

		private static int[] lineStarts(String text) {
			int[] starts = new int[16];
			int count = 1;
			for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
				if (count == starts.length) {
					starts = Arrays.copyOf(starts, count * 2);
				}
				starts[count++] = i + 1;
			}
			return Arrays.copyOf(starts, count);
		}

	}

}
