package app.helpcenter.render;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.Escaping;

/**
 * CommonMark with GFM tables, raw HTML kept (the bilingual spans are raw HTML). The parser and renderers
 * are immutable and built once; they are safe to share between threads.
 *
 * <p>
 * The text inside each segment span is rendered as inline Markdown on its own, first: that keeps a
 * translator's unbalanced markers inside their sentence, and renders Markdown in segments of HTML blocks
 * ({@code <table>}, {@code <td><p>...}), which CommonMark would otherwise pass through as raw syntax.
 */
public final class MarkdownRenderer {

	private static final DataHolder OPTIONS = new MutableDataSet()
		.set(Parser.EXTENSIONS, List.of(TablesExtension.create()))
		.set(TablesExtension.COLUMN_SPANS, false)
		.set(TablesExtension.APPEND_MISSING_COLUMNS, true)
		.set(TablesExtension.DISCARD_EXTRA_COLUMNS, false)
		.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true)
		.set(HtmlRenderer.SOFT_BREAK, "\n")
		.toImmutable();

	private static final Pattern SEGMENT_TEXT = Pattern
		.compile("(<span data-(?:ttu|stu)-id=\"[^\"]*\">)([^<]*(?:<(?!/?span\\b)[^<]*)*)(</span>)");

	private static final Pattern MARKDOWN_SYNTAX = Pattern.compile("[*_`<\\\\]|]\\(");

	private static final String MARKDOWN_CHARACTERS = "*_`[]\\!|~";

	private static final Pattern TAG_NAME = Pattern.compile("^</?([A-Za-z][A-Za-z0-9-]*)");

	/**
	 * Every element name of HTML, dangerous ones included (the sanitizer removes those). A tag-like text whose
	 * name is not here, such as {@code <VM name>} or {@code <Subscription ID>} in a command, is shown as text.
	 */
	private static final Set<String> HTML_ELEMENTS = Set.of("a", "abbr", "address", "area", "article", "aside",
			"audio", "b", "base", "bdi", "bdo", "blockquote", "body", "br", "button", "canvas", "caption", "center",
			"cite", "code", "col", "colgroup", "data", "datalist", "dd", "del", "details", "dfn", "dialog", "div",
			"dl", "dt", "em", "embed", "fieldset", "figcaption", "figure", "font", "footer", "form", "frame",
			"frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr", "html", "i", "iframe", "img",
			"input", "ins", "kbd", "label", "legend", "li", "link", "main", "map", "mark", "math", "menu", "meta",
			"meter", "nav", "noscript", "object", "ol", "optgroup", "option", "output", "p", "param", "picture",
			"pre", "progress", "q", "rp", "rt", "ruby", "s", "samp", "script", "section", "select", "slot", "small",
			"source", "span", "strike", "strong", "style", "sub", "summary", "sup", "svg", "table", "tbody", "td",
			"template", "textarea", "tfoot", "th", "thead", "time", "title", "tr", "track", "tt", "u", "ul", "var",
			"video", "wbr", "xmp", "plaintext", "listing", "marquee", "applet", "basefont", "bgsound", "blink",
			"image", "isindex", "keygen", "nobr", "noembed", "noframes");

	private static final String PARAGRAPH_START = "<p>";

	private static final String PARAGRAPH_END = "</p>\n";

	private final Parser parser = NonCopyingInlineParser.parser(OPTIONS).build();

	private final HtmlRenderer inlineRenderer = HtmlRenderer.builder(OPTIONS)
		.nodeRendererFactory((options) -> new AngleBracketTextRenderer())
		.build();

	private final HtmlRenderer renderer = HtmlRenderer.builder(OPTIONS)
		.nodeRendererFactory((options) -> new AngleBracketTextRenderer())
		.nodeRendererFactory((options) -> new HtmlBlockRenderer())
		.build();

	public String toHtml(String markdown) {
		return this.renderer.render(this.parser.parse(renderSegments(DocfxExtensions.expand(markdown))));
	}

	/**
	 * Renders the Markdown inside each segment span on its own, before the article is parsed. Each sentence
	 * was translated on its own, and vendors leave unbalanced {@code **} or brackets in it; parsed with the
	 * whole article, such a marker pairs with one in the next span and the emphasis swallows the span tags.
	 * The rendered text is protected with character references, so the article's parse leaves it alone.
	 */
	String renderSegments(String markdown) {
		Matcher matcher = SEGMENT_TEXT.matcher(markdown);
		StringBuilder result = new StringBuilder(markdown.length() + markdown.length() / 8);
		while (matcher.find()) {
			String text = matcher.group(2);
			String rendered = MARKDOWN_SYNTAX.matcher(text).find() ? inline(text).orElse(text) : text;
			matcher.appendReplacement(result,
					Matcher.quoteReplacement(matcher.group(1) + protect(rendered) + matcher.group(3)));
		}
		matcher.appendTail(result);
		return result.toString();
	}

	/** Replaces the characters Markdown gives meaning to, outside tags, by character references. */
	private static String protect(String html) {
		StringBuilder protectedHtml = new StringBuilder(html.length() + 16);
		boolean inTag = false;
		for (int i = 0; i < html.length(); i++) {
			char c = html.charAt(i);
			if (c == '<') {
				inTag = true;
			}
			else if (c == '>') {
				inTag = false;
			}
			if (!inTag && MARKDOWN_CHARACTERS.indexOf(c) >= 0) {
				protectedHtml.append("&#").append((int) c).append(';');
			}
			else {
				protectedHtml.append(c);
			}
		}
		return protectedHtml.toString();
	}

	/** Renders text as one paragraph's inline content, unless it would become something else (a list...). */
	private Optional<String> inline(String text) {
		String html = this.inlineRenderer.render(this.parser.parse(text.strip()));
		if (html.startsWith(PARAGRAPH_START) && html.endsWith(PARAGRAPH_END)
				&& html.indexOf(PARAGRAPH_START, PARAGRAPH_START.length()) < 0) {
			return Optional.of(html.substring(PARAGRAPH_START.length(), html.length() - PARAGRAPH_END.length()));
		}
		return Optional.empty();
	}

	/** Whether raw HTML starts with a tag of HTML (or is a comment or declaration), not text in brackets. */
	static boolean isHtml(String raw) {
		Matcher tag = TAG_NAME.matcher(raw);
		return !tag.find() || HTML_ELEMENTS.contains(tag.group(1).toLowerCase(Locale.ROOT));
	}

	/** Inline HTML whose tag is not an HTML element is text that happens to be in angle brackets. */
	private static final class AngleBracketTextRenderer implements NodeRenderer {

		@Override
		public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
			return Set.of(new NodeRenderingHandler<>(HtmlInline.class, this::render));
		}

		private void render(HtmlInline inline, NodeRendererContext context, HtmlWriter html) {
			String raw = inline.getChars().toString();
			if (isHtml(raw)) {
				html.raw(raw);
			}
			else {
				html.text(raw);
			}
		}

	}

	private final class HtmlBlockRenderer implements NodeRenderer {

		@Override
		public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
			return Set.of(new NodeRenderingHandler<>(HtmlBlock.class, this::render));
		}

		private void render(HtmlBlock block, NodeRendererContext context, HtmlWriter html) {
			String raw = block.getChars().toString();
			html.line();
			if (isHtml(raw.stripLeading())) {
				html.raw(raw);
			}
			else {
				html.raw(PARAGRAPH_START + inline(raw).orElseGet(() -> Escaping.escapeHtml(raw.strip(), false))
						+ PARAGRAPH_END);
			}
			html.line();
		}

	}

}
