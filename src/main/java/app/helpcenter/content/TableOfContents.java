package app.helpcenter.content;

import java.nio.file.Path;
import java.util.List;

/**
 * A docset's {@code TOC.md}: headings whose level is their depth, each a link to an article or a plain
 * section title.
 *
 * @param locale the locale folder it lives in
 * @param folder its folder below the locale root ({@code partner-center}), empty at the root
 * @param file the file it was read from
 * @param entries the top-level entries
 */
public record TableOfContents(String locale, String folder, Path file, List<Entry> entries) {

	public TableOfContents {
		entries = List.copyOf(entries);
	}

	/**
	 * One line of a table of contents.
	 *
	 * @param title its text, as written
	 * @param href its link target as written, relative to the TOC file; {@code null} for a section title
	 * @param children the entries nested under it
	 */
	public record Entry(String title, String href, List<Entry> children) {

		public Entry {
			children = List.copyOf(children);
		}

	}

}
