package app.helpcenter.content;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * One Markdown file of a localized docs repository, read and split but not yet rendered. Its body is kept
 * deflated until it is rendered (see {@link CompactText}).
 *
 * @param locale the locale folder it lives in, lower case ({@code zh-tw})
 * @param path its path below the locale folder, without {@code .md} ({@code partner-center/unable-to-sign-in})
 * @param file the file it was read from
 * @param source the file as reports name it, from the content root ({@code zh-tw/docs/a.md})
 * @param frontMatter its YAML header
 * @param body its body
 * @param bodyLine the 1-based line of the file where the body starts
 * @param segmented whether its body has translated sentences ({@code data-ttu-id})
 * @param notes problems found while reading it that still let it be served (a missing include, ...)
 * @param sources the real path of every file it was made from (itself and its includes, also those that are
 * missing): a change to any of them is a change to the article
 */
public record Article(String locale, String path, Path file, Path source, FrontMatter frontMatter, CompactText body,
		int bodyLine, boolean segmented, List<LoadProblem> notes, Set<Path> sources) {

	public Article {
		notes = List.copyOf(notes);
		sources = Set.copyOf(sources);
	}

	public Article(String locale, String path, Path file, Path source, FrontMatter frontMatter, String markdown,
			int bodyLine, List<LoadProblem> notes, Set<Path> sources) {
		this(locale, path, file, source, frontMatter, CompactText.of(markdown), bodyLine,
				markdown.contains("data-ttu-id"), notes, sources);
	}

	/** Its Markdown body, inflated on each call. */
	public String markdown() {
		return this.body.toString();
	}

	/** The folder of the article below the locale root, empty for an article at the root. */
	public String folder() {
		int slash = this.path.lastIndexOf('/');
		return (slash < 0) ? "" : this.path.substring(0, slash);
	}

}
