package app.helpcenter.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads the parts of a DocFX {@code YamlMime:Hub} file that a landing page shows: title, summary, the
 * highlighted content and the conceptual content groups with their links. Every value is read as text.
 */
final class HubParser {

	static final String MIME = "### YamlMime:Hub";

	private HubParser() {
	}

	/**
	 * @param file the file, as reports name it
	 * @param problems where links that are refused are reported (the link is left out)
	 */
	static Hub parse(String locale, String folder, Path file, String text, List<LoadProblem> problems)
			throws ContentException {
		Object document;
		try {
			document = FrontMatterParser.newYaml().load(text);
		}
		catch (YAMLException ex) {
			throw new ContentException("hub page: " + ex.getMessage().replaceAll("\\s+", " "), 0, 0);
		}
		if (!(document instanceof Map<?, ?> hub)) {
			throw new ContentException("hub page must be a map", 1, 1);
		}
		List<Hub.Section> sections = new ArrayList<>();
		List<Hub.Link> highlighted = new ArrayList<>();
		for (Object item : list(map(hub.get("highlightedContent")).get("items"))) {
			link(map(item), "title", file, problems).ifPresent(highlighted::add);
		}
		if (!highlighted.isEmpty()) {
			sections.add(new Hub.Section("", highlighted));
		}
		for (Object group : list(map(hub.get("conceptualContent")).get("items"))) {
			List<Hub.Link> links = new ArrayList<>();
			for (Object link : list(map(group).get("links"))) {
				link(map(link), "text", file, problems).ifPresent(links::add);
			}
			link(map(map(group).get("footerLink")), "text", file, problems).ifPresent(links::add);
			sections.add(new Hub.Section(text(map(group).get("title")), links));
		}
		return new Hub(locale, folder, file, text(hub.get("title")), text(hub.get("summary")), sections);
	}

	private static Optional<Hub.Link> link(Map<?, ?> item, String textKey, Path file, List<LoadProblem> problems) {
		String href = text(item.get("url"));
		String label = text(item.get(textKey));
		if (!href.isEmpty() && !LinkSchemes.isAllowed(href)) {
			problems.add(new LoadProblem(file, 0, 0,
					"link with a scheme other than http, https or mailto is left out: " + href));
			return Optional.empty();
		}
		return (href.isEmpty() || label.isEmpty()) ? Optional.empty()
				: Optional.of(new Hub.Link(label, href));
	}

	private static Map<?, ?> map(Object value) {
		return (value instanceof Map<?, ?> map) ? map : Map.of();
	}

	private static List<?> list(Object value) {
		return (value instanceof List<?> list) ? list : List.of();
	}

	private static String text(Object value) {
		return (value instanceof String text) ? text.strip() : "";
	}

}
