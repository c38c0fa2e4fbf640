package app.helpcenter.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Reads a whole content tree at once: every {@code <locale>/**.md} file becomes an {@link Article}, except
 * {@code TOC.md} files, which become {@link TableOfContents}, and files under {@code includes} folders; a file
 * or folder that cannot be read becomes a {@link LoadProblem} naming it and the reason. Articles are read in
 * parallel; one bad file or folder never stops the others. (The running site reads only what changed; see
 * {@code app.helpcenter.site}.)
 */
public final class ContentLoader {

	private final ContentReader reader;

	private final long maxFileBytes;

	public ContentLoader(long maxFileBytes) {
		this.maxFileBytes = maxFileBytes;
		this.reader = new ContentReader(maxFileBytes);
	}

	/**
	 * @throws IllegalStateException when the content root is not a folder or cannot be listed: nothing can be
	 * loaded from it
	 */
	public Content load(Path root) {
		ContentTree tree = ContentTree.scan(root, this.maxFileBytes);
		Queue<LoadProblem> problems = new ConcurrentLinkedQueue<>(tree.problems());
		List<Article> read = tree.entries(ContentTree.Kind.ARTICLE)
			.parallelStream()
			.flatMap((entry) -> collect(this.reader.article(entry), problems).stream())
			.toList();
		List<LoadProblem> duplicates = new ArrayList<>();
		List<Article> articles = ContentReader.withoutDuplicateUrls(read, duplicates)
			.stream()
			.sorted(Comparator.comparing(Article::locale).thenComparing(Article::path))
			.toList();
		problems.addAll(duplicates);
		List<TableOfContents> tables = tree.entries(ContentTree.Kind.TABLE_OF_CONTENTS)
			.stream()
			.flatMap((entry) -> collect(this.reader.tableOfContents(entry), problems).stream())
			.toList();
		List<Hub> hubs = tree.entries(ContentTree.Kind.HUB)
			.stream()
			.flatMap((entry) -> collect(this.reader.hub(entry), problems).stream())
			.toList();
		List<Redirect> redirects = tree.entries(ContentTree.Kind.REDIRECTS)
			.stream()
			.map((entry) -> collect(this.reader.redirects(entry), problems).orElse(List.of()))
			.flatMap(Collection::stream)
			.toList();
		Map<ContentTree.Entry, String> synonyms = new HashMap<>();
		tree.entries(ContentTree.Kind.SYNONYMS)
			.forEach((entry) -> collect(this.reader.text(entry), problems).ifPresent((text) -> synonyms.put(entry, text)));
		return new Content(root, tree.folders(), articles, tables, hubs, redirects, synonyms,
				problems.stream().sorted(Comparator.comparing(LoadProblem::file)).toList());
	}

	private static <T> Optional<T> collect(ContentReader.Read<T> read, Queue<LoadProblem> problems) {
		problems.addAll(read.problems());
		return read.optional();
	}

}
