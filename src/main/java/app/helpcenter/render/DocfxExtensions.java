package app.helpcenter.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/**
 * DocFX's extensions written with three colons ({@code :::image ...:::}, {@code :::row:::}, {@code ::: zone
 * pivot="x"}...) and {@code [!VIDEO url]}, turned into HTML blocks in the Markdown source before it is parsed, so
 * that the Markdown between a block's start and end is still Markdown. The one place that knows this syntax: the
 * renderer expands it ({@link #expand}), the content check reports what it does not know ({@link #unknown}).
 * Lines inside fenced code blocks are left alone.
 */
public final class DocfxExtensions {

	/** A line that is only an extension: {@code :::name attributes:::} (the closing colons optional for blocks). */
	private static final Pattern BLOCK = Pattern.compile("^ {0,3}:::\\s*([A-Za-z][A-Za-z-]*)(.*?)(?::::)?\\s*$");

	/** An extension inside a line of text ({@code :::no-loc text="Azure":::}). */
	private static final Pattern INLINE = Pattern.compile(":::\\s*([A-Za-z][A-Za-z-]*)((?:\\s+[A-Za-z-]+=\"[^\"]*\")*)\\s*:::");

	private static final Pattern ATTRIBUTE = Pattern.compile("([A-Za-z-]+)=\"([^\"]*)\"");

	/** {@code [!VIDEO url]}, alone on its line or quoted. */
	private static final Pattern VIDEO = Pattern.compile("^ {0,3}(?:>\\s*)?\\[!VIDEO\\s+([^\\]\\s]+)\\s*]\\s*$",
			Pattern.CASE_INSENSITIVE);

	private static final Set<String> KNOWN = Set.of("image", "image-end", "no-loc", "row", "row-end", "column",
			"column-end", "zone", "zone-end", "moniker", "moniker-end");

	private DocfxExtensions() {
	}

	/** An extension the renderer does not know, with its 1-based line. */
	public record Unknown(int line, String name) {
	}

	/** The Markdown with every extension this class knows turned into HTML, and unknown ones left out. */
	public static String expand(String markdown) {
		if (markdown.indexOf(":::") < 0 && markdown.indexOf("[!VIDEO") < 0 && markdown.indexOf("[!video") < 0) {
			return markdown;
		}
		StringBuilder html = new StringBuilder(markdown.length() + 256);
		String[] lines = markdown.split("\n", -1);
		boolean[] fenced = CodeFences.of(lines);
		for (int i = 0; i < lines.length; i++) {
			html.append(fenced[i] ? lines[i] : expandLine(lines[i])).append('\n');
		}
		html.setLength(html.length() - 1);
		return html.toString();
	}

	/** The extensions in {@code markdown} that {@link #expand} does not know, outside code blocks. */
	public static List<Unknown> unknown(String markdown) {
		List<Unknown> unknown = new ArrayList<>();
		if (markdown.indexOf(":::") < 0) {
			return unknown;
		}
		String[] lines = markdown.split("\n", -1);
		boolean[] fenced = CodeFences.of(lines);
		for (int i = 0; i < lines.length; i++) {
			if (fenced[i]) {
				continue;
			}
			Matcher block = BLOCK.matcher(lines[i]);
			if (block.matches()) {
				if (!KNOWN.contains(block.group(1).toLowerCase(Locale.ROOT))) {
					unknown.add(new Unknown(i + 1, block.group(1)));
				}
				continue;
			}
			Matcher inline = INLINE.matcher(lines[i]);
			while (inline.find()) {
				if (!inline.group(1).equalsIgnoreCase("no-loc") && !inline.group(1).equalsIgnoreCase("image")) {
					unknown.add(new Unknown(i + 1, inline.group(1)));
				}
			}
		}
		return unknown;
	}

	private static String expandLine(String line) {
		Matcher video = VIDEO.matcher(line);
		if (video.matches()) {
			String url = HtmlUtils.htmlEscape(video.group(1));
			// A link, not a frame: a third-party player would let its host follow readers, and the CSP forbids frames.
			return "\n<p class=\"video-link\"><a href=\"" + url + "\">\u25B6 " + url + "</a></p>\n";
		}
		Matcher block = BLOCK.matcher(line);
		if (block.matches() && !block.group(1).equalsIgnoreCase("no-loc")) {
			return blockHtml(block.group(1).toLowerCase(Locale.ROOT), attributes(block.group(2)));
		}
		if (line.indexOf(":::") < 0) {
			return line;
		}
		Matcher inline = INLINE.matcher(line);
		StringBuilder expanded = new StringBuilder(line.length());
		while (inline.find()) {
			String replacement = "";
			String name = inline.group(1).toLowerCase(Locale.ROOT);
			if (name.equals("no-loc")) {
				replacement = escapeMarkdown(attributes(inline.group(2)).getOrDefault("text", ""));
			}
			else if (name.equals("image")) {
				replacement = imageElement(attributes(inline.group(2)));
			}
			inline.appendReplacement(expanded, Matcher.quoteReplacement(replacement));
		}
		inline.appendTail(expanded);
		return expanded.toString();
	}

	/** The HTML a block extension's line becomes, alone between blank lines so that Markdown around it stays Markdown. */
	private static String blockHtml(String name, Map<String, String> attributes) {
		String html = switch (name) {
			case "image" -> image(attributes);
			case "image-end" -> "</details>\n</figure>";
			case "row" -> "<div class=\"docfx-row\">";
			case "column" -> "<div class=\"docfx-column\">";
			case "row-end", "column-end", "moniker-end" -> "</div>";
			case "zone" -> zone(attributes);
			case "zone-end" -> "</div>";
			case "moniker" -> "<div class=\"docfx-moniker\">";
			default -> "";
		};
		return html.isEmpty() ? "" : "\n" + html + "\n";
	}

	/**
	 * A zone of one or more pivots ({@code pivot="windows,linux"}), labelled with them; reader.js offers a
	 * choice between the pivots of the page and shows the zones of the chosen one. A zone for a build target
	 * ({@code target="docs"}) has no pivot and is always shown.
	 */
	private static String zone(Map<String, String> attributes) {
		String pivots = attributes.getOrDefault("pivot", "").strip();
		String label = pivots.isEmpty() ? attributes.getOrDefault("target", "") : pivots;
		return "<div class=\"docfx-zone\"" + (pivots.isEmpty() ? "" : " data-pivot=\""
				+ HtmlUtils.htmlEscape(pivots.replace(" ", "")) + "\"") + ">\n<p class=\"zone-label\">"
				+ HtmlUtils.htmlEscape(label) + "</p>";
	}

	/**
	 * {@code :::image:::} of type {@code content} (an image with its alt text), {@code icon} (decorative: empty alt)
	 * or {@code complex} (its long description, up to {@code :::image-end:::}, in a disclosure under it); framed
	 * unless {@code border="false"} (icons unless {@code border="true"}), linked to a larger image by
	 * {@code lightbox="big.png"}.
	 */
	private static String image(Map<String, String> attributes) {
		String type = attributes.getOrDefault("type", "content").toLowerCase(Locale.ROOT);
		String html = imageElement(attributes);
		if (type.equals("complex")) {
			return "<figure class=\"image-complex\">\n" + html + "\n<details class=\"long-description\"><summary>"
					+ HtmlUtils.htmlEscape(attributes.getOrDefault("alt-text", "")) + "</summary>";
		}
		return "<p>" + html + "</p>";
	}

	/** The image itself (in a link to the larger one, if any), as it may also stand inside a line of text. */
	private static String imageElement(Map<String, String> attributes) {
		String type = attributes.getOrDefault("type", "content").toLowerCase(Locale.ROOT);
		String alt = type.equals("icon") ? "" : attributes.getOrDefault("alt-text", "");
		StringBuilder image = new StringBuilder("<img src=\"")
			.append(HtmlUtils.htmlEscape(attributes.getOrDefault("source", "")))
			.append("\" alt=\"")
			.append(HtmlUtils.htmlEscape(alt))
			.append('"');
		List<String> classes = new ArrayList<>();
		if (attributes.containsKey("border") ? "true".equalsIgnoreCase(attributes.get("border")) : !type.equals("icon")) {
			classes.add("image-border");
		}
		if (type.equals("icon")) {
			classes.add("image-icon");
		}
		if (!classes.isEmpty()) {
			image.append(" class=\"").append(String.join(" ", classes)).append('"');
		}
		image.append('>');
		String html = image.toString();
		if (attributes.containsKey("lightbox")) {
			html = "<a href=\"" + HtmlUtils.htmlEscape(attributes.get("lightbox")) + "\">" + html + "</a>";
		}
		return html;
	}

	private static Map<String, String> attributes(String text) {
		Map<String, String> attributes = new LinkedHashMap<>();
		Matcher attribute = ATTRIBUTE.matcher(text);
		while (attribute.find()) {
			attributes.put(attribute.group(1).toLowerCase(Locale.ROOT), attribute.group(2));
		}
		return attributes;
	}

	private static String escapeMarkdown(String text) {
		StringBuilder escaped = new StringBuilder(text.length() + 8);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ("\\`*_[]<>!|~#".indexOf(c) >= 0) {
				escaped.append('\\');
			}
			escaped.append(c);
		}
		return escaped.toString();
	}

}
