package app.helpcenter.cache;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import app.helpcenter.content.Article;
import app.helpcenter.content.CompactText;
import app.helpcenter.content.ContentTree;
import app.helpcenter.content.FrontMatter;
import app.helpcenter.content.LoadProblem;

/**
 * The articles a run read, kept in the render cache for the next run ({@link RenderCache#findReading}), so that
 * a restart reads again only the files that changed while the help center was down instead of reading, parsing
 * and compacting every article. What changed is decided as for a reload: the version (kind, size, time) of every
 * file of the tree when it was read, and of the other files its articles were made from (code snippets, which
 * the tree does not hold; {@code null} for one that was missing).
 *
 * @param files the version of every file of the content tree when it was read
 * @param others the version of each other file an article was made from, {@code null} when it was missing
 * @param articles the articles read, by file
 */
public record KeptReading(Map<Path, ContentTree.Version> files, Map<Path, ContentTree.Version> others,
		Map<Path, Article> articles) {

	/**
	 * What to keep of a reading: the versions the tree was scanned with, and of the other files the articles
	 * were made from as they are now.
	 */
	public static KeptReading of(ContentTree tree, Map<Path, Article> articles) {
		Map<Path, ContentTree.Version> others = new HashMap<>();
		for (Article article : articles.values()) {
			for (Path source : article.sources()) {
				if (tree.entry(source).isEmpty() && !others.containsKey(source)) {
					others.put(source, versionOf(source));
				}
			}
		}
		// A copy: it is written later, on the cache's own thread.
		return new KeptReading(tree.versions(), others, Map.copyOf(articles));
	}

	/** The other files its articles were made from that are not as they were when it was kept. */
	public Set<Path> othersChanged() {
		Set<Path> changed = new HashSet<>();
		this.others.forEach((file, version) -> {
			ContentTree.Version now = versionOf(file);
			if (now == null ? version != null : !now.equals(version)) {
				changed.add(file);
			}
		});
		return changed;
	}

	/** A file's version as the tree takes it (no kind: it is not in the tree); {@code null} when it is missing. */
	private static ContentTree.Version versionOf(Path file) {
		try {
			BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
			return new ContentTree.Version(null, attributes.size(), attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS));
		}
		catch (IOException ex) {
			return null;
		}
	}

	void writeTo(DataOutput out) throws IOException {
		writeVersions(this.files, out);
		writeVersions(this.others, out);
		out.writeInt(this.articles.size());
		for (Article article : this.articles.values()) {
			writeArticle(article, out);
		}
	}

	static KeptReading readFrom(DataInput in) throws IOException {
		Map<Path, ContentTree.Version> files = readVersions(in);
		Map<Path, ContentTree.Version> others = readVersions(in);
		int count = count(in);
		Map<Path, Article> articles = new HashMap<>(count * 2);
		for (int i = 0; i < count; i++) {
			Article article = readArticle(in);
			articles.put(article.file(), article);
		}
		return new KeptReading(files, others, articles);
	}

	private static void writeVersions(Map<Path, ContentTree.Version> versions, DataOutput out) throws IOException {
		out.writeInt(versions.size());
		for (Map.Entry<Path, ContentTree.Version> entry : versions.entrySet()) {
			writeString(entry.getKey().toString(), out);
			ContentTree.Version version = entry.getValue();
			out.writeBoolean(version != null);
			if (version != null) {
				out.writeInt((version.kind() != null) ? version.kind().ordinal() : -1);
				out.writeLong(version.size());
				out.writeLong(version.modified());
			}
		}
	}

	private static Map<Path, ContentTree.Version> readVersions(DataInput in) throws IOException {
		int count = count(in);
		Map<Path, ContentTree.Version> versions = new HashMap<>(count * 2);
		ContentTree.Kind[] kinds = ContentTree.Kind.values();
		for (int i = 0; i < count; i++) {
			Path file = Path.of(readString(in));
			ContentTree.Version version = null;
			if (in.readBoolean()) {
				int kind = in.readInt();
				if (kind < -1 || kind >= kinds.length) {
					throw new IOException("Unknown kind of file " + kind);
				}
				version = new ContentTree.Version((kind >= 0) ? kinds[kind] : null, in.readLong(), in.readLong());
			}
			versions.put(file, version);
		}
		return versions;
	}

	private static void writeArticle(Article article, DataOutput out) throws IOException {
		writeString(article.locale(), out);
		writeString(article.path(), out);
		writeString(article.file().toString(), out);
		writeString(article.source().toString(), out);
		Map<String, List<String>> fields = article.frontMatter().fields();
		out.writeInt(fields.size());
		for (Map.Entry<String, List<String>> field : fields.entrySet()) {
			writeString(field.getKey(), out);
			out.writeInt(field.getValue().size());
			for (String value : field.getValue()) {
				writeString(value, out);
			}
		}
		article.body().writeTo(out);
		out.writeInt(article.bodyLine());
		out.writeBoolean(article.segmented());
		out.writeInt(article.notes().size());
		for (LoadProblem note : article.notes()) {
			writeString(note.file().toString(), out);
			out.writeInt(note.line());
			out.writeInt(note.column());
			writeString(note.message(), out);
		}
		writePaths(article.sources(), out);
	}

	private static Article readArticle(DataInput in) throws IOException {
		String locale = readString(in);
		String path = readString(in);
		Path file = Path.of(readString(in));
		Path source = Path.of(readString(in));
		int fieldCount = count(in);
		Map<String, List<String>> fields = new LinkedHashMap<>();
		for (int i = 0; i < fieldCount; i++) {
			String key = readString(in);
			int valueCount = count(in);
			List<String> values = new ArrayList<>(Math.min(valueCount, 16));
			for (int j = 0; j < valueCount; j++) {
				values.add(readString(in));
			}
			fields.put(key, values);
		}
		CompactText body = CompactText.readFrom(in);
		int bodyLine = in.readInt();
		boolean segmented = in.readBoolean();
		int noteCount = count(in);
		List<LoadProblem> notes = new ArrayList<>(Math.min(noteCount, 16));
		for (int i = 0; i < noteCount; i++) {
			notes.add(new LoadProblem(Path.of(readString(in)), in.readInt(), in.readInt(), readString(in)));
		}
		return new Article(locale, path, file, source, new FrontMatter(fields), body, bodyLine, segmented, notes,
				readPaths(in));
	}

	private static void writePaths(Collection<Path> paths, DataOutput out) throws IOException {
		out.writeInt(paths.size());
		for (Path path : paths) {
			writeString(path.toString(), out);
		}
	}

	private static Set<Path> readPaths(DataInput in) throws IOException {
		int count = count(in);
		Set<Path> paths = new HashSet<>(count * 2);
		for (int i = 0; i < count; i++) {
			paths.add(Path.of(readString(in)));
		}
		return paths;
	}

	/** Text as its UTF-8 bytes after their length: any length, any character. */
	private static void writeString(String text, DataOutput out) throws IOException {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		out.writeInt(bytes.length);
		out.write(bytes);
	}

	private static String readString(DataInput in) throws IOException {
		byte[] bytes = new byte[count(in)];
		in.readFully(bytes);
		return new String(bytes, StandardCharsets.UTF_8);
	}

	/** A count or length, which the checksum has vouched for but which is checked all the same. */
	private static int count(DataInput in) throws IOException {
		int count = in.readInt();
		if (count < 0 || count > 64 * 1024 * 1024) {
			throw new IOException("Impossible count " + count);
		}
		return count;
	}

}
