package app.helpcenter.render;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;

/**
 * CommonMark with GFM tables, raw HTML kept (the bilingual spans are raw HTML). The parser and renderers
 * are immutable and built once; they are safe to share between threads.
 *
 * <p>
 * CommonMark passes an HTML block ({@code <table>}, {@code <td><p>...}) through untouched, so Markdown
 * inside its segments ({@code [link](x.md)}, {@code **bold**}) would reach the reader as raw syntax. The
 * text inside each segment span of an HTML block is therefore rendered as inline Markdown.
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

	private static final Pattern MARKDOWN_SYNTAX = Pattern.compile("[*_`\\\\]|]\\(");

	private static final String PARAGRAPH_START = "<p>";

	private static final String PARAGRAPH_END = "</p>\n";

	private final Parser parser = Parser.builder(OPTIONS).build();

	private final HtmlRenderer inlineRenderer = HtmlRenderer.builder(OPTIONS).build();

	private final HtmlRenderer renderer = HtmlRenderer.builder(OPTIONS)
		.nodeRendererFactory((options) -> new HtmlBlockRenderer())
		.build();

	public String toHtml(String markdown) {
		return this.renderer.render(this.parser.parse(markdown));
	}

	/** The segments' text in an HTML block, with Markdown inside each segment rendered. */
	String renderSegmentsInHtml(String html) {
		Matcher matcher = SEGMENT_TEXT.matcher(html);
		StringBuilder result = new StringBuilder(html.length());
		while (matcher.find()) {
			String text = matcher.group(2);
			String rendered = MARKDOWN_SYNTAX.matcher(text).find() ? inline(text) : text;
			matcher.appendReplacement(result, Matcher.quoteReplacement(matcher.group(1) + rendered + matcher.group(3)));
		}
		matcher.appendTail(result);
		return result.toString();
	}

	/** Renders text as one paragraph's inline content; text that would become a block stays as it is. */
	private String inline(String text) {
		String html = this.inlineRenderer.render(this.parser.parse(text.strip()));
		if (html.startsWith(PARAGRAPH_START) && html.endsWith(PARAGRAPH_END)
				&& html.indexOf(PARAGRAPH_START, PARAGRAPH_START.length()) < 0) {
			return html.substring(PARAGRAPH_START.length(), html.length() - PARAGRAPH_END.length());
		}
		return text;
	}

	private final class HtmlBlockRenderer implements NodeRenderer {

		@Override
		public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
			return Set.of(new NodeRenderingHandler<>(HtmlBlock.class, this::render));
		}

		private void render(HtmlBlock block, NodeRendererContext context, HtmlWriter html) {
			html.line();
			html.raw(renderSegmentsInHtml(block.getChars().toString()));
			html.line();
		}

	}

}
