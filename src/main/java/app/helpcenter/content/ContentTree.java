package app.helpcenter.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The files of a content root that the help center reads, each with its size and modification time, so that
 * the next scan tells which changed. Each locale folder is walked from its real path without following links:
 * a link to a file inside the folder counts as that file; links that lead out of it or to nothing, links to
 * folders, pipes and devices, folders named like content files and folders that cannot be read are problems
 * naming them. Scanning reads no file's content.
 */
public final class ContentTree {

	/** The name of a locale folder's synonyms for search, at its top. */
	public static final String SYNONYMS_FILE = "search-synonyms.txt";

	/** Locale folders as docs repositories name them: {@code zh-tw}, {@code en-us}, {@code ja-jp}. */
	private static final Pattern LOCALE_FOLDER = Pattern.compile("[a-z]{2,3}-[a-z0-9]{2,8}", Pattern.CASE_INSENSITIVE);

	/** What a file is to the help center, by its name and place. */
	public enum Kind {

		/** A Markdown file that is served as an article. */
		ARTICLE,

		/** A Markdown file under an {@code includes} folder: part of other articles. */
		PART,

		/** A docset's {@code TOC.md}. */
		TABLE_OF_CONTENTS,

		/** An {@code index.yml}, a docset's landing page when it is a hub. */
		HUB,

		/** The locale's {@code .openpublishing.redirection.json}. */
		REDIRECTS,

		/** The locale's {@code search-synonyms.txt}: words readers use for the words articles use. */
		SYNONYMS

	}

	/**
	 * One file.
	 *
	 * @param folder its locale folder
	 * @param file its path below the folder's real path (a link's own path when it is a link inside the folder)
	 * @param kind what it is
	 * @param size its size in bytes, as reported
	 * @param modified when it was last modified, in nanoseconds
	 */
	public record Entry(LocaleFolder folder, Path file, Kind kind, long size, long modified) {

		/** The file as reports name it, from the content root. */
		public Path reported() {
			return this.folder.reported(this.file);
		}

		/** What tells this version of the file from another. */
		public Version version() {
			return new Version(this.kind, this.size, this.modified);
		}

	}

	/**
	 * A version of a file: what {@link #changedSince} compares, and what is kept of a tree between runs.
	 *
	 * @param kind what the file is
	 * @param size its size in bytes
	 * @param modified when it was last modified, in nanoseconds
	 */
	public record Version(Kind kind, long size, long modified) {
	}

	private final Path root;

	private final List<LocaleFolder> folders;

	private final Map<Path, Entry> entries;

	private final List<LoadProblem> problems;

	private ContentTree(Path root, List<LocaleFolder> folders, Map<Path, Entry> entries, List<LoadProblem> problems) {
		this.root = root;
		this.folders = List.copyOf(folders);
		this.entries = Collections.unmodifiableMap(entries);
		this.problems = List.copyOf(problems);
	}

	/**
	 * Scans a content root.
	 * @param maxFileBytes the most bytes a file may have, for the locale folders that read them
	 * @throws IllegalStateException when the root is not a folder or cannot be listed: nothing can be served
	 * from it
	 */
	public static ContentTree scan(Path root, long maxFileBytes) {
		requireFolder(root);
		List<LoadProblem> problems = new ArrayList<>();
		List<LocaleFolder> folders = localeFolders(root, maxFileBytes, problems);
		// In the order the walk finds them: nothing depends on the order, and sorting ten thousand paths on
		// every reload would take longer than the walk.
		Map<Path, Entry> entries = new LinkedHashMap<>();
		for (LocaleFolder folder : folders) {
			walk(folder, entries, problems);
		}
		return new ContentTree(root, folders, entries, problems);
	}

	/**
	 * A tree with nothing in it yet, of a root that is a folder.
	 * @throws IllegalStateException when the root is not a folder: nothing can be served from it
	 */
	public static ContentTree empty(Path root) {
		requireFolder(root);
		return new ContentTree(root, List.of(), Map.of(), List.of());
	}

	private static void requireFolder(Path root) {
		if (!Files.isDirectory(root)) {
			throw new IllegalStateException("Content root " + root.toAbsolutePath() + " is not a folder");
		}
	}

	public Path root() {
		return this.root;
	}

	public List<LocaleFolder> folders() {
		return this.folders;
	}

	/** The files of one kind, in the order the walk found them. */
	public List<Entry> entries(Kind kind) {
		return this.entries.values().stream().filter((entry) -> entry.kind() == kind).toList();
	}

	/**
	 * A hash of what the tree holds: each file's place, kind, size and time of change, in any order. Equal
	 * versions mean files unchanged, as far as their size and time tell (as {@code make} and {@code rsync} trust).
	 */
	public String version() {
		MessageDigest digest = sha256();
		long first = 0;
		long second = 0;
		for (Entry entry : this.entries.values()) {
			digest.update(entry.reported().toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
			digest.update(ByteBuffer.allocate(20).putInt(entry.kind().ordinal()).putLong(entry.size())
				.putLong(entry.modified()).array());
			ByteBuffer hash = ByteBuffer.wrap(digest.digest());
			first += hash.getLong();
			second += hash.getLong();
		}
		return this.entries.size() + ":" + Long.toHexString(first) + Long.toHexString(second);
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public Optional<Entry> entry(Path file) {
		return Optional.ofNullable(this.entries.get(file));
	}

	public int size() {
		return this.entries.size();
	}

	/** What was wrong while listing: files and folders that are not read, and why. */
	public List<LoadProblem> problems() {
		return this.problems;
	}

	/**
	 * The files that are new, gone or changed (in size or modification time) since {@code previous}, and those
	 * whose locale folder is new or gone.
	 */
	public Set<Path> changedSince(ContentTree previous) {
		return changedSince(previous.entries.keySet(), (file) -> previous.entries.get(file).version());
	}

	/**
	 * The files that are new, gone or changed (in kind, size or modification time) since the versions of an
	 * earlier scan, kept between runs.
	 */
	public Set<Path> changedSince(Map<Path, Version> previous) {
		return changedSince(previous.keySet(), previous::get);
	}

	/** Each file's version, by file. */
	public Map<Path, Version> versions() {
		Map<Path, Version> versions = new HashMap<>();
		this.entries.forEach((file, entry) -> versions.put(file, entry.version()));
		return versions;
	}

	private Set<Path> changedSince(Set<Path> before, Function<Path, Version> versionBefore) {
		Set<Path> changed = new HashSet<>();
		this.entries.forEach((file, entry) -> {
			if (!before.contains(file) || !entry.version().equals(versionBefore.apply(file))) {
				changed.add(file);
			}
		});
		before.stream().filter((file) -> !this.entries.containsKey(file)).forEach(changed::add);
		return changed;
	}

	/** Whether the locale folders are the same ones, at the same real paths. */
	public boolean sameFolders(ContentTree other) {
		return realPaths(this.folders).equals(realPaths(other.folders));
	}

	private static List<Path> realPaths(List<LocaleFolder> folders) {
		return folders.stream().map(LocaleFolder::real).toList();
	}

	/**
	 * The locale folders of the root, links to folders elsewhere included. Two folders whose names differ
	 * only in case ({@code ZH-TW} beside {@code zh-tw}) would serve one locale: the one named in lower case (or
	 * else the first) is loaded, the other reported.
	 */
	private static List<LocaleFolder> localeFolders(Path root, long maxFileBytes, List<LoadProblem> problems) {
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
				folders.add(new LocaleFolder(chosen, maxFileBytes));
			}
			catch (IOException ex) {
				problems.add(new LoadProblem(chosen.getFileName(), 0, 0, "cannot be read: " + ProblemText.of(ex)));
			}
		});
		return folders;
	}

	private static void walk(LocaleFolder folder, Map<Path, Entry> entries, List<LoadProblem> problems) {
		try {
			Files.walkFileTree(folder.real(), new SimpleFileVisitor<>() {

				/** For each folder being walked, whether it is inside an {@code includes} folder. */
				private final Deque<Boolean> inIncludes = new ArrayDeque<>();

				@Override
				public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
					if (dir.equals(folder.real())) {
						this.inIncludes.push(false);
						return FileVisitResult.CONTINUE;
					}
					String name = dir.getFileName().toString();
					if (name.startsWith(".")) {
						return FileVisitResult.SKIP_SUBTREE;
					}
					if (kindByName(name, false, false) != null) {
						problem(dir, "is a folder named like a content file; it is not read as one");
					}
					this.inIncludes.push(this.inIncludes.peek() || name.equalsIgnoreCase("includes"));
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
					Kind kind = kindByName(file.getFileName().toString(), file.getParent().equals(folder.real()),
							Boolean.TRUE.equals(this.inIncludes.peek()));
					if (attributes.isSymbolicLink()) {
						link(file, kind);
					}
					else if (attributes.isRegularFile()) {
						add(file, kind, attributes);
					}
					else if (kind != null) {
						problem(file, "is not a regular file (a device, pipe or socket); it is not read");
					}
					return FileVisitResult.CONTINUE;
				}

				private void link(Path file, Kind kind) {
					Optional<Path> target = folder.realPath(file);
					if (target.isEmpty()) {
						problem(file, "is a symbolic link that leads outside the locale folder or to nothing; nothing "
								+ "is read through it");
					}
					else if (Files.isDirectory(target.get())) {
						problem(file, "is a symbolic link to a folder, which is not followed; its files are served from "
								+ "where they are");
					}
					else if (kind != null && Files.isRegularFile(target.get())) {
						try {
							add(file, kind, Files.readAttributes(target.get(), BasicFileAttributes.class));
						}
						catch (IOException ex) {
							problem(file, "cannot be read: " + ProblemText.of(ex));
						}
					}
					else if (kind != null) {
						problem(file, "is a link to something that is not a regular file; it is not read");
					}
				}

				private void add(Path file, Kind kind, BasicFileAttributes attributes) {
					if (kind != null) {
						entries.put(file, new Entry(folder, file, kind, attributes.size(),
								attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS)));
					}
				}

				@Override
				public FileVisitResult visitFileFailed(Path file, IOException ex) {
					problem(file, "cannot be read: " + ProblemText.of(ex));
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult postVisitDirectory(Path dir, IOException ex) {
					this.inIncludes.pop();
					if (ex != null) {
						problem(dir, "cannot be listed to the end: " + ProblemText.of(ex));
					}
					return FileVisitResult.CONTINUE;
				}

				private void problem(Path file, String message) {
					problems.add(new LoadProblem(folder.reported(file), 0, 0, message));
				}

			});
		}
		catch (IOException ex) {
			problems.add(new LoadProblem(folder.reported(folder.real()), 0, 0, "cannot be read: " + ProblemText.of(ex)));
		}
	}

	/**
	 * What a file is by its name and place, or {@code null} when the help center does not read it.
	 * @param name its name
	 * @param atTop whether it is at the top of its locale folder
	 * @param inIncludes whether it is inside an {@code includes} folder
	 */
	private static Kind kindByName(String name, boolean atTop, boolean inIncludes) {
		if (atTop && name.equalsIgnoreCase(RedirectionFile.NAME)) {
			return Kind.REDIRECTS;
		}
		if (atTop && name.equalsIgnoreCase(SYNONYMS_FILE)) {
			return Kind.SYNONYMS;
		}
		if (name.startsWith(".")) {
			return null;
		}
		if (name.equalsIgnoreCase("toc.md")) {
			return Kind.TABLE_OF_CONTENTS;
		}
		if (name.equalsIgnoreCase("index.yml")) {
			return Kind.HUB;
		}
		if (!name.regionMatches(true, name.length() - 3, ".md", 0, 3)) {
			return null;
		}
		return inIncludes ? Kind.PART : Kind.ARTICLE;
	}


}
