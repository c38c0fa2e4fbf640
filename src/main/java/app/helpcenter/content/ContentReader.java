package app.helpcenter.content;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one file of a {@link ContentTree} into what it holds: an {@link Article}, a {@link TableOfContents}, a
 * {@link Hub} or the redirects of a locale. What is wrong with a file is a {@link LoadProblem} naming it, never
 * an exception; a file is read through its {@link LocaleFolder} only.
 */
public final class ContentReader {

	private final long maxFileBytes;

	/**
	 * @param maxFileBytes the most bytes one file may have, and the most characters an article may have with its
	 * includes
	 */
	public ContentReader(long maxFileBytes) {
		this.maxFileBytes = maxFileBytes;
	}

	/**
	 * What reading one file gave.
	 *
	 * @param value what the file holds, {@code null} when it could not be read (or holds nothing to serve)
	 * @param problems what was wrong, with it or with parts of it (an entry of a table of contents...)
	 */
	public record Read<T>(T value, List<LoadProblem> problems) {

		public Read {
			problems = List.copyOf(problems);
		}

		public Optional<T> optional() {
			return Optional.ofNullable(this.value);
		}

	}

	public Read<Article> article(ContentTree.Entry entry) {
		LocaleFolder folder = entry.folder();
		Path file = entry.file();
		return read(entry, (reported, problems) -> {
			String path = UrlPaths.ofMarkdownFile(slashes(folder.real().relativize(file)));
			requireUrl(path);
			FrontMatterParser.Parsed parsed = FrontMatterParser.parse(folder.read(file));
			List<LoadProblem> notes = new ArrayList<>();
			Path real = folder.realPath(file).orElse(file);
			Includes.Expanded body = new Includes(folder, this.maxFileBytes).expand(parsed.body(), real,
					parsed.bodyLine(), reported, notes);
			return new Article(folder.locale(), path, file, reported, parsed.frontMatter(), body.markdown(),
					parsed.bodyLine(), notes, body.sources());
		});
	}

	public Read<TableOfContents> tableOfContents(ContentTree.Entry entry) {
		LocaleFolder folder = entry.folder();
		return read(entry, (reported, problems) -> TocParser.parse(folder.locale(), folderOf(entry), reported,
				folder.read(entry.file()), problems));
	}

	/** A docset's {@code index.yml} landing page; an {@code index.yml} of another kind holds nothing to serve. */
	public Read<Hub> hub(ContentTree.Entry entry) {
		LocaleFolder folder = entry.folder();
		return read(entry, (reported, problems) -> {
			String text = folder.read(entry.file());
			if (!text.startsWith(HubParser.MIME)) {
				return null;
			}
			String docset = folderOf(entry);
			requireUrl(docset);
			return HubParser.parse(folder.locale(), docset, reported, text, problems);
		});
	}

	/** The text of a locale's synonym file, read as any content file is. */
	public Read<String> text(ContentTree.Entry entry) {
		return read(entry, (reported, problems) -> entry.folder().read(entry.file()));
	}

	public Read<List<Redirect>> redirects(ContentTree.Entry entry) {
		List<LoadProblem> problems = new ArrayList<>();
		List<Redirect> redirects = RedirectionFile.read(entry.folder(), problems);
		return new Read<>(redirects, problems);
	}

	/**
	 * Two files that map to one URL ({@code a.md} and {@code a.MD}) cannot both be served: the one whose
	 * extension is {@code .md} (or else the first) is, the other is reported.
	 */
	public static List<Article> withoutDuplicateUrls(List<Article> articles, List<LoadProblem> problems) {
		Map<String, Map<String, Article>> first = new HashMap<>();
		List<List<Article>> duplicates = new ArrayList<>();
		Map<Article, List<Article>> sharing = new IdentityHashMap<>();
		List<Article> kept = new ArrayList<>(articles.size());
		for (Article article : articles) {
			Article before = first.computeIfAbsent(article.locale(), (locale) -> new HashMap<>())
				.putIfAbsent(article.path(), article);
			if (before == null) {
				kept.add(article);
			}
			else {
				sharing.computeIfAbsent(before, (key) -> {
					List<Article> same = new ArrayList<>(List.of(key));
					duplicates.add(same);
					return same;
				}).add(article);
			}
		}
		if (duplicates.isEmpty()) {
			return kept;
		}
		duplicates.forEach((same) -> same.forEach(kept::remove));
		for (List<Article> same : duplicates) {
			same.sort(Comparator.comparing(Article::source));
			Article chosen = same.stream()
				.filter((article) -> article.source().getFileName().toString().endsWith(".md"))
				.findFirst()
				.orElse(same.get(0));
			kept.add(chosen);
			for (Article other : same) {
				if (other != chosen) {
					problems.add(new LoadProblem(other.source(), 0, 0,
							"has the same URL as " + chosen.source() + "; it is not served"));
				}
			}
		}
		return kept;
	}

	/** Reads one file; what is wrong with it is reported, naming the file, and gives nothing. */
	private static <T> Read<T> read(ContentTree.Entry entry, FileReader<T> reader) {
		Path reported = entry.reported();
		List<LoadProblem> problems = new ArrayList<>();
		try {
			return new Read<>(reader.read(reported, problems), problems);
		}
		catch (ContentException ex) {
			problems.add(new LoadProblem(reported, ex.line(), ex.column(), ex.getMessage()));
		}
		catch (IOException ex) {
			problems.add(new LoadProblem(reported, 0, 0, "cannot be read: " + ProblemText.of(ex)));
		}
		return new Read<>(null, problems);
	}

	private static void requireUrl(String path) throws ContentException {
		Optional<String> unmappable = UrlPaths.problem(path);
		if (unmappable.isPresent()) {
			throw new ContentException(unmappable.get(), 0, 0);
		}
	}

	/** The folder of a file below its locale folder, {@code /}-separated, empty at the top. */
	private static String folderOf(ContentTree.Entry entry) {
		Path parent = entry.folder().real().relativize(entry.file()).getParent();
		return (parent != null) ? slashes(parent) : "";
	}

	private static String slashes(Path relative) {
		return relative.toString().replace('\\', '/');
	}

	/** Reads what a file holds, given how reports name it; problems with parts of it go to {@code problems}. */
	@FunctionalInterface
	private interface FileReader<T> {

		T read(Path reported, List<LoadProblem> problems) throws IOException, ContentException;

	}

}
