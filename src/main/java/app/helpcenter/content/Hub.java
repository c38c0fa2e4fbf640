package app.helpcenter.content;

import java.nio.file.Path;
import java.util.List;

/**
 * A docset's landing page, {@code index.yml} of type {@code YamlMime:Hub}: a title, a summary and groups of
 * links.
 *
 * @param locale the locale folder
 * @param folder the docset folder below the locale root
 * @param file the file it was read from
 * @param title the page title
 * @param summary the introduction
 * @param sections the link groups: highlighted content first, then each conceptual group
 */
public record Hub(String locale, String folder, Path file, String title, String summary, List<Section> sections) {

	public Hub {
		sections = List.copyOf(sections);
	}

	/**
	 * A group of links.
	 *
	 * @param title its heading, empty for the highlighted links
	 * @param links its links
	 */
	public record Section(String title, List<Link> links) {

		public Section {
			links = List.copyOf(links);
		}

	}

	/**
	 * One link, as written.
	 *
	 * @param text its text
	 * @param href its target, relative to the hub file
	 */
	public record Link(String text, String href) {
	}

}
