package app.helpcenter.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads a content tree: every {@code <locale>/**.md} file becomes an {@link Article}, except {@code TOC.md}
 * files, which become {@link TableOfContents}; a file or folder that cannot be read becomes a
 * {@link LoadProblem} naming it and the reason. Articles are read in parallel; one bad file or folder never
 * stops the others. Every file is read through its {@link LocaleFolder}, which keeps reads inside it.
 */
public final class ContentLoader {

	/** Locale folders as docs repositories name them: {@code zh-tw}, {@code en-us}, {@code ja-jp}. */
	private static final Pattern LOCALE_FOLDER = Pattern.compile("[a-z]{2,3}-[a-z0-9]{2,8}", Pattern.CASE_INSENSITIVE);

	private final long maxFileBytes;

	public ContentLoader(long maxFileBytes) {
		this.maxFileBytes = maxFileBytes;
	}

	/**
	 * @throws IllegalStateException when the content root is not a folder or cannot be listed: nothing can be
	 * loaded from it
	 */
	public Content load(Path root) {
		if (!Files.isDirectory(root)) {
			throw new IllegalStateException("Content root " + root.toAbsolutePath() + " is not a folder");
		}
		Queue<LoadProblem> problems = new ConcurrentLinkedQueue<>();
		List<LocaleFolder> folders = localeFolders(root, problems);
		List<Listing> files = new ArrayList<>();
		for (LocaleFolder folder : folders) {
			files.add(scan(folder, problems));
		}
		List<Article> read = files.stream()
			.flatMap((scanned) -> scanned.articles.stream().map((file) -> new Source(scanned.folder, file)))
			.toList()
			.parallelStream()
			.flatMap((source) -> readArticle(source.folder, source.file, problems).stream())
			.toList();
		List<Article> articles = withoutDuplicateUrls(read, problems);
		List<TableOfContents> tables = new ArrayList<>();
		List<Hub> hubs = new ArrayList<>();
		List<Redirect> redirects = new ArrayList<>();
		for (Listing scanned : files) {
			scanned.tables.forEach((file) -> readTableOfContents(scanned.folder, file, problems).ifPresent(tables::add));
			scanned.hubs.forEach((file) -> readHub(scanned.folder, file, problems).ifPresent(hubs::add));
			redirects.addAll(RedirectionFile.read(scanned.folder, problems));
		}
		return new Content(root, folders, articles, tables, hubs, redirects,
				problems.stream().sorted(Comparator.comparing(LoadProblem::file)).toList());
	}

	/**
	 * The locale folders of the root, links to folders elsewhere included. Two folders whose names differ
	 * only in case ({@code ZH-TW} beside {@code zh-tw}) would serve one locale: the one named in lower case (or
	 * else the first) is loaded, the other reported.
	 */
	private List<LocaleFolder> localeFolders(Path root, Queue<LoadProblem> problems) {
		List<Path> candidates;
		try (Stream<Path> children = Files.list(root)) {
			candidates = children.filter((child) -> LOCALE_FOLDER.matcher(child.getFileName().toString()).matches())
				.filter(Files::isDirectory)
				.sorted()
				.toList();
		}
		catch (IOException | UncheckedIOException ex) {
			throw new IllegalStateException("Cannot list the content root " + root.toAbsolutePath() + ": "
					+ ProblemText.of((ex instanceof IOException io) ? io : ((UncheckedIOException) ex).getCause()), ex);
		}
		Map<String, List<Path>> byLocale = candidates.stream()
			.collect(Collectors.groupingBy((folder) -> folder.getFileName().toString().toLowerCase(Locale.ROOT),
					LinkedHashMap::new, Collectors.toList()));
		List<LocaleFolder> folders = new ArrayList<>();
		byLocale.forEach((locale, named) -> {
			Path chosen = named.stream()
				.filter((folder) -> folder.getFileName().toString().equals(locale))
				.findFirst()
				.orElse(named.get(0));
			for (Path other : named) {
				if (other != chosen) {
					problems.add(new LoadProblem(other.getFileName(), 0, 0, "folder serves the same locale as "
							+ chosen.getFileName() + " (names differ only in case); its files are not served"));
				}
			}
			try {
				folders.add(new LocaleFolder(chosen, this.maxFileBytes));
			}
			catch (IOException ex) {
				problems.add(new LoadProblem(chosen.getFileName(), 0, 0, "cannot be read: " + ProblemText.of(ex)));
			}
		});
		return folders;
	}

	/**
	 * Lists the files of a locale folder that the help center reads. Links are not followed while walking; a
	 * link to a file inside the folder is read as that file, any other link is reported, and so are files that
	 * are not regular files and folders that cannot be read.
	 */
	private static Listing scan(LocaleFolder folder, Queue<LoadProblem> problems) {
		Listing files = new Listing(folder);
		try {
			Files.walkFileTree(folder.real(), new SimpleFileVisitor<>() {

				@Override
				public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
					if (!dir.equals(folder.real()) && dir.getFileName().toString().startsWith(".")) {
						return FileVisitResult.SKIP_SUBTREE;
					}
					if (Kind.of(dir) != Kind.OTHER && !dir.equals(folder.real())) {
						files.problem(dir, "is a folder named like a content file; it is not read as one");
					}
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
					Kind kind = Kind.of(file);
					if (attributes.isSymbolicLink()) {
						link(file, kind);
					}
					else if (attributes.isRegularFile()) {
						files.add(file, kind);
					}
					else if (kind != Kind.OTHER) {
						files.problem(file, "is not a regular file (a device, pipe or socket); it is not read");
					}
					return FileVisitResult.CONTINUE;
				}

				private void link(Path file, Kind kind) {
					Optional<Path> target = folder.realPath(file);
					if (target.isEmpty()) {
						files.problem(file, "is a symbolic link that leads outside the locale folder or to nothing; "
								+ "nothing is read through it");
					}
					else if (Files.isDirectory(target.get())) {
						files.problem(file, "is a symbolic link to a folder, which is not followed; its files are "
								+ "served from where they are");
					}
					else if (Files.isRegularFile(target.get())) {
						files.add(file, kind);
					}
					else if (kind != Kind.OTHER) {
						files.problem(file, "is a link to something that is not a regular file; it is not read");
					}
				}

				@Override
				public FileVisitResult visitFileFailed(Path file, IOException ex) {
					files.problem(file, "cannot be read: " + ProblemText.of(ex));
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult postVisitDirectory(Path dir, IOException ex) {
					if (ex != null) {
						files.problem(dir, "cannot be listed to the end: " + ProblemText.of(ex));
					}
					return FileVisitResult.CONTINUE;
				}

			});
		}
		catch (IOException ex) {
			files.problem(folder.real(), "cannot be read: " + ProblemText.of(ex));
		}
		problems.addAll(files.problems);
		files.articles.sort(Comparator.naturalOrder());
		files.tables.sort(Comparator.naturalOrder());
		files.hubs.sort(Comparator.naturalOrder());
		return files;
	}

	/**
	 * Two files that map to one URL ({@code a.md} and {@code a.MD}) cannot both be served: the one whose
	 * extension is {@code .md} (or else the first) is, the other is reported.
	 */
	private static List<Article> withoutDuplicateUrls(List<Article> articles, Queue<LoadProblem> problems) {
		Map<String, List<Article>> byUrl = articles.stream()
			.collect(Collectors.groupingBy((article) -> article.locale() + "/" + article.path(), LinkedHashMap::new,
					Collectors.toList()));
		List<Article> kept = new ArrayList<>(byUrl.size());
		for (List<Article> same : byUrl.values()) {
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

	private Optional<TableOfContents> readTableOfContents(LocaleFolder folder, Path file, Queue<LoadProblem> problems) {
		return read(folder, file, problems, (reported) -> {
			List<LoadProblem> notes = new ArrayList<>();
			TableOfContents table = TocParser.parse(folder.locale(), folderOf(folder, file), reported, folder.read(file),
					notes);
			problems.addAll(notes);
			return Optional.of(table);
		});
	}

	/** A docset's {@code index.yml} landing page; an {@code index.yml} of another kind is ignored. */
	private Optional<Hub> readHub(LocaleFolder folder, Path file, Queue<LoadProblem> problems) {
		return read(folder, file, problems, (reported) -> {
			String text = folder.read(file);
			if (!text.startsWith(HubParser.MIME)) {
				return Optional.empty();
			}
			String docset = folderOf(folder, file);
			requireUrl(docset);
			List<LoadProblem> notes = new ArrayList<>();
			Hub hub = HubParser.parse(folder.locale(), docset, reported, text, notes);
			problems.addAll(notes);
			return Optional.of(hub);
		});
	}

	private Optional<Article> readArticle(LocaleFolder folder, Path file, Queue<LoadProblem> problems) {
		return read(folder, file, problems, (reported) -> {
			String path = UrlPaths.ofMarkdownFile(slashes(folder.real().relativize(file)));
			requireUrl(path);
			FrontMatterParser.Parsed parsed = FrontMatterParser.parse(folder.read(file));
			List<LoadProblem> notes = new ArrayList<>();
			Path real = folder.realPath(file).orElse(file);
			String body = new Includes(folder, this.maxFileBytes).expand(parsed.body(), real, parsed.bodyLine(),
					reported, notes);
			return Optional.of(new Article(folder.locale(), path, file, reported, parsed.frontMatter(), body,
					parsed.bodyLine(), notes));
		});
	}

	/** Reads one file; what is wrong with it is reported, naming the file, and gives nothing. */
	private static <T> Optional<T> read(LocaleFolder folder, Path file, Queue<LoadProblem> problems,
			FileReader<T> reader) {
		Path reported = folder.reported(file);
		try {
			return reader.read(reported);
		}
		catch (ContentException ex) {
			problems.add(new LoadProblem(reported, ex.line(), ex.column(), ex.getMessage()));
		}
		catch (IOException ex) {
			problems.add(new LoadProblem(reported, 0, 0, "cannot be read: " + ProblemText.of(ex)));
		}
		return Optional.empty();
	}

	private static void requireUrl(String path) throws ContentException {
		Optional<String> unmappable = UrlPaths.problem(path);
		if (unmappable.isPresent()) {
			throw new ContentException(unmappable.get(), 0, 0);
		}
	}

	/** Reads what a file holds, given how reports name it. */
	@FunctionalInterface
	private interface FileReader<T> {

		Optional<T> read(Path reported) throws IOException, ContentException;

	}

	/** The folder of a file below the locale folder, {@code /}-separated, empty at the top. */
	private static String folderOf(LocaleFolder folder, Path file) {
		Path parent = folder.real().relativize(file).getParent();
		return (parent != null) ? slashes(parent) : "";
	}

	private static String slashes(Path relative) {
		return relative.toString().replace('\\', '/');
	}

	/** What the help center makes of a file, by its name. */
	private enum Kind {

		ARTICLE, TABLE_OF_CONTENTS, HUB, OTHER;

		static Kind of(Path file) {
			String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
			if (name.equals("toc.md")) {
				return TABLE_OF_CONTENTS;
			}
			if (name.equals("index.yml")) {
				return HUB;
			}
			return name.endsWith(".md") ? ARTICLE : OTHER;
		}

	}

	/** The files of one locale folder, by what they are, and what was wrong while listing them. */
	private static final class Listing {

		private final LocaleFolder folder;

		private final List<Path> articles = new ArrayList<>();

		private final List<Path> tables = new ArrayList<>();

		private final List<Path> hubs = new ArrayList<>();

		private final List<LoadProblem> problems = new ArrayList<>();

		Listing(LocaleFolder folder) {
			this.folder = folder;
		}

		void add(Path file, Kind kind) {
			switch (kind) {
				case ARTICLE -> {
					if (!isPartOfAnother(this.folder.real().relativize(file))) {
						this.articles.add(file);
					}
				}
				case TABLE_OF_CONTENTS -> this.tables.add(file);
				case HUB -> this.hubs.add(file);
				case OTHER -> {
				}
			}
		}

		void problem(Path file, String message) {
			this.problems.add(new LoadProblem(this.folder.reported(file), 0, 0, message));
		}

		/** Files under {@code includes} folders are parts of other articles, not articles. */
		private static boolean isPartOfAnother(Path relative) {
			for (int i = 0; i < relative.getNameCount() - 1; i++) {
				if (relative.getName(i).toString().equalsIgnoreCase("includes")) {
					return true;
				}
			}
			return false;
		}

	}

	/** A file to read and its locale folder. */
	private record Source(LocaleFolder folder, Path file) {
	}

}
