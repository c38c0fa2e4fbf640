package app.helpcenter.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads a content tree: every {@code <locale>/**.md} file becomes an {@link Article}, except {@code TOC.md}
 * files, which become {@link TableOfContents}; a file that cannot be read becomes a {@link LoadProblem}
 * naming the file and the reason. Articles are read in parallel; one bad file never stops the others.
 */
public final class ContentLoader {

	/** Locale folders as docs repositories name them: {@code zh-tw}, {@code en-us}, {@code ja-jp}. */
	private static final Pattern LOCALE_FOLDER = Pattern.compile("[a-z]{2,3}-[a-z0-9]{2,8}", Pattern.CASE_INSENSITIVE);

	private static final Pattern UNSAFE_NAME = Pattern.compile("\\p{Cntrl}");

	private final long maxFileBytes;

	public ContentLoader(long maxFileBytes) {
		this.maxFileBytes = maxFileBytes;
	}

	public Content load(Path root) {
		if (!Files.isDirectory(root)) {
			throw new IllegalStateException("Content root " + root.toAbsolutePath() + " is not a directory");
		}
		List<Path> files = markdownFiles(root);
		Queue<LoadProblem> problems = new ConcurrentLinkedQueue<>();
		List<Article> articles = files.stream()
			.filter((file) -> !isTableOfContents(file))
			.toList()
			.parallelStream()
			.flatMap((file) -> read(root, file, problems).stream())
			.toList();
		List<TableOfContents> tables = files.stream()
			.filter(ContentLoader::isTableOfContents)
			.flatMap((file) -> readTableOfContents(root, file, problems).stream())
			.toList();
		List<Hub> hubs = new ArrayList<>();
		List<Redirect> redirects = new ArrayList<>();
		for (Path folder : localeFolders(root)) {
			hubs.addAll(hubs(root, folder, problems));
			Path file = folder.resolve(RedirectionFile.NAME);
			if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
				redirects.addAll(RedirectionFile.read(root, file, locale(root.relativize(file)), this.maxFileBytes, problems));
			}
		}
		return new Content(root, articles, tables, hubs, redirects,
				problems.stream().sorted(Comparator.comparing(LoadProblem::file)).toList());
	}

	private Optional<TableOfContents> readTableOfContents(Path root, Path file, Queue<LoadProblem> problems) {
		Path relative = root.relativize(file);
		try {
			String folder = (relative.getNameCount() > 2)
					? relative.subpath(1, relative.getNameCount() - 1).toString().replace('\\', '/') : "";
			return Optional.of(TocParser.parse(locale(relative), folder, file, SourceText.read(file, this.maxFileBytes)));
		}
		catch (ContentException ex) {
			problems.add(new LoadProblem(relative, ex.line(), ex.column(), ex.getMessage()));
		}
		catch (IOException | UncheckedIOException ex) {
			problems.add(new LoadProblem(relative, 0, 0, "cannot be read: " + ex));
		}
		return Optional.empty();
	}

	/** The {@code index.yml} hub pages of a locale folder's docsets. */
	private List<Hub> hubs(Path root, Path localeFolder, Queue<LoadProblem> problems) {
		List<Hub> hubs = new ArrayList<>();
		try (Stream<Path> walk = Files.walk(localeFolder)) {
			for (Path file : walk.filter((path) -> path.getFileName().toString().equalsIgnoreCase("index.yml"))
				.filter((path) -> Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS))
				.sorted()
				.toList()) {
				Path relative = root.relativize(file);
				try {
					String text = SourceText.read(file, this.maxFileBytes);
					if (text.startsWith(HubParser.MIME)) {
						String folder = (relative.getNameCount() > 2)
								? relative.subpath(1, relative.getNameCount() - 1).toString().replace('\\', '/') : "";
						hubs.add(HubParser.parse(locale(relative), folder, file, text));
					}
				}
				catch (ContentException ex) {
					problems.add(new LoadProblem(relative, ex.line(), ex.column(), ex.getMessage()));
				}
				catch (IOException ex) {
					problems.add(new LoadProblem(relative, 0, 0, "cannot be read: " + ex));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list " + localeFolder, ex);
		}
		return hubs;
	}

	private static String locale(Path relative) {
		return relative.getName(0).toString().toLowerCase(Locale.ROOT);
	}

	private static boolean isTableOfContents(Path file) {
		return file.getFileName().toString().equalsIgnoreCase("toc.md");
	}

	private Optional<Article> read(Path root, Path file, Queue<LoadProblem> problems) {
		Path relative = root.relativize(file);
		if (UNSAFE_NAME.matcher(relative.toString()).find()) {
			// The path becomes a URL and a Location header: control characters would break both.
			problems.add(new LoadProblem(relative, 0, 0, "file or folder name contains control characters"));
			return Optional.empty();
		}
		try {
			String text = SourceText.read(file, this.maxFileBytes);
			FrontMatterParser.Parsed parsed = FrontMatterParser.parse(text);
			String locale = locale(relative);
			String path = relative.subpath(1, relative.getNameCount()).toString().replace('\\', '/');
			path = path.substring(0, path.length() - ".md".length());
			List<LoadProblem> notes = new ArrayList<>();
			String body = new Includes(root.resolve(relative.getName(0)), this.maxFileBytes).expand(parsed.body(), file,
					parsed.bodyLine(), relative, notes);
			return Optional.of(new Article(locale, path, file, parsed.frontMatter(), body, parsed.bodyLine(), notes));
		}
		catch (ContentException ex) {
			problems.add(new LoadProblem(relative, ex.line(), ex.column(), ex.getMessage()));
		}
		catch (IOException | UncheckedIOException ex) {
			problems.add(new LoadProblem(relative, 0, 0, "cannot be read: " + ex));
		}
		return Optional.empty();
	}

	private static List<Path> localeFolders(Path root) {
		try (Stream<Path> children = Files.list(root)) {
			return children.filter(Files::isDirectory)
				.filter((folder) -> LOCALE_FOLDER.matcher(folder.getFileName().toString()).matches())
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list content root " + root, ex);
		}
	}

	private static List<Path> markdownFiles(Path root) {
		try {
			List<Path> files = new ArrayList<>();
			for (Path folder : localeFolders(root)) {
				try (Stream<Path> walk = Files.walk(folder)) {
					walk.filter((file) -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS))
						.filter((file) -> isMarkdown(folder.relativize(file)))
						.forEach(files::add);
				}
			}
			files.sort(Comparator.naturalOrder());
			return files;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list content root " + root, ex);
		}
	}

	/** Markdown files, except under hidden folders and {@code includes} folders (parts of other articles). */
	private static boolean isMarkdown(Path relative) {
		for (int i = 0; i < relative.getNameCount(); i++) {
			String part = relative.getName(i).toString();
			if (part.startsWith(".") || (i < relative.getNameCount() - 1 && part.equalsIgnoreCase("includes"))) {
				return false;
			}
		}
		return relative.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md");
	}

}
