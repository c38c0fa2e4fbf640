package app.helpcenter.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reference to code in a file of the repository, as DocFX writes it: {@code [!code-cs[title](file.cs#region)]}
 * ({@code #L3-L5}, {@code ?name=region}, {@code ?range=1-3,7}) or {@code :::code language="cs" source="file.cs"
 * id="region" range="1-3":::}; and the part of the file it shows.
 *
 * @param language the language of the code block ({@code csharp}), possibly empty
 * @param path the file, relative to the Markdown file that refers to it
 * @param region the named region to show, or empty
 * @param ranges the lines to show (1-based, inclusive pairs), or none for all
 */
record CodeSnippet(String language, String path, String region, List<int[]> ranges) {

	private static final Pattern LINES = Pattern.compile("L(\\d+)(?:-L(\\d+))?");

	private static final Pattern RANGE = Pattern.compile("(\\d+)(?:-(\\d+))?");

	private static final Pattern ATTRIBUTE = Pattern.compile("([A-Za-z-]+)=\"([^\"]*)\"");

	/**
	 * A snippet tag in a comment ({@code // <name>}, {@code <!-- </name> -->}, {@code # <name>}) or a region line
	 * ({@code #region x}, {@code #endregion}) on its own: markers for snippets, not code to show.
	 */
	private static final Pattern TAG_LINE = Pattern.compile("^\\s*(?:(?://|#|'|--|/\\*|<!--)\\s*</?[A-Za-z0-9_.-]+>\\s*"
			+ "(?:-->|\\*/)?|#(?:end)?region\\b.*)\\s*$", Pattern.CASE_INSENSITIVE);

	/** From {@code [!code-<language>[title](<target>)]}. */
	static Optional<CodeSnippet> ofLink(String language, String target) {
		String path = target;
		String region = "";
		List<int[]> ranges = new ArrayList<>();
		int hash = path.indexOf('#');
		if (hash >= 0) {
			String fragment = path.substring(hash + 1);
			path = path.substring(0, hash);
			Matcher lines = LINES.matcher(fragment);
			if (lines.matches()) {
				int from = Integer.parseInt(lines.group(1));
				ranges.add(new int[] { from, (lines.group(2) != null) ? Integer.parseInt(lines.group(2)) : from });
			}
			else {
				region = fragment;
			}
		}
		int query = path.indexOf('?');
		if (query >= 0) {
			for (String parameter : path.substring(query + 1).split("&")) {
				int equals = parameter.indexOf('=');
				String name = (equals < 0) ? parameter : parameter.substring(0, equals);
				String value = (equals < 0) ? "" : parameter.substring(equals + 1);
				if (name.equalsIgnoreCase("name")) {
					region = value;
				}
				else if (name.equalsIgnoreCase("range")) {
					ranges.addAll(ranges(value));
				}
			}
			path = path.substring(0, query);
		}
		return path.isEmpty() ? Optional.empty()
				: Optional.of(new CodeSnippet(language.toLowerCase(Locale.ROOT), path, region, ranges));
	}

	/** From the attributes of {@code :::code ...:::}; nothing without {@code source}. */
	static Optional<CodeSnippet> ofAttributes(String text) {
		Map<String, String> attributes = new LinkedHashMap<>();
		Matcher attribute = ATTRIBUTE.matcher(text);
		while (attribute.find()) {
			attributes.put(attribute.group(1).toLowerCase(Locale.ROOT), attribute.group(2));
		}
		String source = attributes.getOrDefault("source", "");
		if (source.isBlank()) {
			return Optional.empty();
		}
		return Optional.of(new CodeSnippet(attributes.getOrDefault("language", "").toLowerCase(Locale.ROOT), source,
				attributes.getOrDefault("id", ""), ranges(attributes.getOrDefault("range", ""))));
	}

	private static List<int[]> ranges(String text) {
		List<int[]> ranges = new ArrayList<>();
		for (String part : text.split(",")) {
			Matcher range = RANGE.matcher(part.strip());
			if (range.matches()) {
				int from = Integer.parseInt(range.group(1));
				ranges.add(new int[] { from, (range.group(2) != null) ? Integer.parseInt(range.group(2)) : from });
			}
		}
		return ranges;
	}

	/** What part of the file is shown, for reports. */
	String part() {
		if (!this.region.isEmpty()) {
			return "region \"" + this.region + "\"";
		}
		return "lines " + this.ranges.stream().map((range) -> range[0] + "-" + range[1]).toList();
	}

	/** The code shown, without snippet tags and common indentation; nothing when the region or lines are not there. */
	Optional<String> cut(String text) {
		List<String> lines = List.of(text.replace("\r\n", "\n").split("\n", -1));
		List<String> shown = new ArrayList<>();
		if (!this.region.isEmpty()) {
			Pattern start = Pattern.compile("<" + Pattern.quote(this.region) + ">|#region\\s+" + Pattern.quote(this.region)
					+ "\\b", Pattern.CASE_INSENSITIVE);
			Pattern end = Pattern.compile("</" + Pattern.quote(this.region) + ">", Pattern.CASE_INSENSITIVE);
			int from = -1;
			int depth = 0;
			for (int i = 0; i < lines.size(); i++) {
				String line = lines.get(i);
				if (from < 0) {
					if (start.matcher(line).find()) {
						from = i + 1;
						depth = line.toLowerCase(Locale.ROOT).contains("#region") ? 1 : 0;
					}
					continue;
				}
				boolean regionStyle = depth > 0;
				if (regionStyle && line.strip().toLowerCase(Locale.ROOT).startsWith("#region")) {
					depth++;
				}
				else if (regionStyle && line.strip().toLowerCase(Locale.ROOT).startsWith("#endregion") && --depth == 0) {
					break;
				}
				else if (!regionStyle && end.matcher(line).find()) {
					break;
				}
				shown.add(line);
			}
			if (from < 0) {
				return Optional.empty();
			}
		}
		else if (!this.ranges.isEmpty()) {
			for (int[] range : this.ranges) {
				if (range[0] < 1 || range[0] > lines.size() || range[1] < range[0]) {
					return Optional.empty();
				}
				shown.addAll(lines.subList(range[0] - 1, Math.min(range[1], lines.size())));
			}
		}
		else {
			shown.addAll(lines);
		}
		List<String> code = shown.stream().filter((line) -> !TAG_LINE.matcher(line).matches()).toList();
		return Optional.of(dedent(code));
	}

	private static String dedent(List<String> lines) {
		int indent = Integer.MAX_VALUE;
		for (String line : lines) {
			if (!line.isBlank()) {
				int spaces = 0;
				while (spaces < line.length() && (line.charAt(spaces) == ' ' || line.charAt(spaces) == '\t')) {
					spaces++;
				}
				indent = Math.min(indent, spaces);
			}
		}
		int cut = (indent == Integer.MAX_VALUE) ? 0 : indent;
		StringBuilder text = new StringBuilder();
		for (String line : lines) {
			text.append(line.isBlank() ? "" : line.substring(cut)).append('\n');
		}
		return text.toString().strip().isEmpty() ? "" : text.toString().replaceAll("\\s+$", "");
	}

	/** The code as a fenced block, its fence longer than any run of backticks inside it. */
	static String fenced(String language, String code) {
		int longest = 0;
		Matcher ticks = Pattern.compile("`+").matcher(code);
		while (ticks.find()) {
			longest = Math.max(longest, ticks.group().length());
		}
		String fence = "`".repeat(Math.max(3, longest + 1));
		return "\n\n" + fence + language.replaceAll("[^A-Za-z0-9_+#-]", "") + "\n" + code + "\n" + fence + "\n\n";
	}

}
