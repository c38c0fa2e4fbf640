package app.helpcenter.render;

import java.util.List;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;

/**
 * CommonMark with GFM tables, raw HTML kept (the bilingual spans are raw HTML). The parser and renderer
 * are immutable and built once; they are safe to share between threads.
 */
public final class MarkdownRenderer {

	private static final DataHolder OPTIONS = new MutableDataSet()
		.set(Parser.EXTENSIONS, List.of(TablesExtension.create()))
		.set(TablesExtension.COLUMN_SPANS, false)
		.set(TablesExtension.APPEND_MISSING_COLUMNS, true)
		.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true)
		.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true)
		.set(HtmlRenderer.SOFT_BREAK, "\n")
		.toImmutable();

	private final Parser parser = Parser.builder(OPTIONS).build();

	private final HtmlRenderer renderer = HtmlRenderer.builder(OPTIONS).build();

	public String toHtml(String markdown) {
		return this.renderer.render(this.parser.parse(markdown));
	}

}
