package app.helpcenter.render;

import java.util.List;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The inline parser that skips flexmark's copies parses every text exactly as flexmark's own does. */
class NonCopyingInlineParserTests {

	private static final DataHolder OPTIONS = new MutableDataSet()
		.set(Parser.EXTENSIONS, List.of(TablesExtension.create()))
		.toImmutable();

	private static final Parser STOCK = Parser.builder(OPTIONS).build();

	private static final Parser NON_COPYING = NonCopyingInlineParser.parser(OPTIONS).build();

	private static final HtmlRenderer RENDERER = HtmlRenderer.builder(OPTIONS).build();

	/** Everything the inline parser matches with a regular expression, and what surrounds it. */
	private static final List<String> PIECES = List.of("<span data-ttu-id=\"1\">", "<span class=\"sxs-lookup\">",
			"<span data-stu-id=\"1\">", "</span>", "<a href='x'>", "</a>", "<br/>", "<!-- note -->", "<?pi ?>",
			"<![CDATA[x]]>", "<!DOCTYPE html>", "<http://example.com/a?b=1>", "<user@example.com>", "&amp;", "&#123;",
			"&#x4e2d;", "&copy;", "&bogus", "[link](http://x \"title\")", "[link](<a b> 'title')", "[ref]",
			"[ref]: /url \"t\"\n", "![image](a.png)", "`code`", "``", "**", "*", "_", "\\*", "\\", "[", "]", "](", ")",
			"(", "<", ">", "\"", "'", "|", "|---|\n", " ", "  \n", "\n", "\n\n", "- ", "1. ", "> ", "    ", "# ",
			"text", "譯文", "https://www.example.com");

	@Property(tries = 1000)
	void rendersTheSameAsFlexmarksParser(@ForAll("markdown") String markdown) {
		assertThat(render(NON_COPYING, markdown)).isEqualTo(render(STOCK, markdown));
	}

	@Test
	void rendersALongBilingualParagraphTheSame() {
		StringBuilder paragraph = new StringBuilder();
		for (int i = 0; i < 200; i++) {
			paragraph.append("<span data-ttu-id=\"").append(i).append("\">請選取 **[忘記密碼](https://example.com/reset)**。</span>")
				.append("<span class=\"sxs-lookup\"><span data-stu-id=\"").append(i)
				.append("\">Select **[Forgot password](https://example.com/reset)**.</span></span>\n");
		}
		String html = render(NON_COPYING, "- " + paragraph);
		assertThat(html).isEqualTo(render(STOCK, "- " + paragraph)).contains("<strong><a href=\"https://example.com/reset\">");
	}

	private static String render(Parser parser, String markdown) {
		return RENDERER.render(parser.parse(markdown));
	}

	@Provide
	Arbitrary<String> markdown() {
		return Arbitraries.of(PIECES).list().ofMaxSize(40).map((pieces) -> String.join("", pieces));
	}

}
