package app.helpcenter.render;

import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random mixtures of Markdown, HTML and bilingual spans never make the renderer throw, and never come out
 * with a script element, an event handler or a dangerous URL, in any view.
 */
class RendererPropertyTests {

	private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer();

	private static final LinkResolver LINKS = new LinkResolver("https://learn.microsoft.com/{locale}/",
			(locale, path) -> path.equals("docs/known"));

	private static final List<String> PIECES = List.of("<script>", "</script>", "<SCRIPT src=x>", "<scr", "ipt>",
			"<img src=x onerror=alert(1)>", "<a href=\"", "javascript:", "JaVaScRiPt:", "vbscript:", "data:text/html,",
			"&#106;", "&#x6A;", "java\tscript:", "\"", "'", ">", "<", "</a>", "<svg onload=alert(1)>", "<style>",
			"<iframe src=", "<form>", "<meta http-equiv=refresh content=0>", "<base href=x>", " onclick=", " style=",
			"<span data-ttu-id=\"a\">", "<span class=\"sxs-lookup\">", "<span data-stu-id=\"a\">", "</span>", "[", "](",
			")", "![", "**", "*", "_", "`", "```\n", "> ", "> [!NOTE]\n", "- ", "1. ", "# ", "## <a name=\"x\"></a>",
			"\n", "\n\n", "|", "|---|\n", "<table><tr><td>", "</td></tr></table>", "<br>", "text", "譯文", "known.md",
			"../", "/azure/x", "#frag", "?q=1", "&amp;", "<!--", "-->", "<![CDATA[", "]]>", "\\");

	@Property(tries = 500)
	void neverThrowsAndNeverEmitsScript(@ForAll("markdownAndHtml") String markdown) {
		String html = MARKDOWN.toHtml(markdown);
		for (ArticleView view : ArticleView.values()) {
			RenderedView rendered = ArticleHtml.render(html, view,
					(href) -> LINKS.resolve(href, "zh-tw", "docs/page", "zh-tw"), Map.of("note", "Note"));
			String sanitized = HtmlSanitizer.sanitize(rendered.headingHtml() + rendered.bodyHtml());
			assertThat(Jsoup.parseBodyFragment(sanitized).getAllElements())
				.allSatisfy((element) -> assertThat(HostileContentTests.dangers(element)).isEmpty());
		}
	}

	/** The side-by-side view pairs two sanitized views without sanitizing again; the pairing must keep them safe. */
	@Property(tries = 300)
	void pairingSanitizedViewsStaysSafe(@ForAll("markdownAndHtml") String markdown) {
		String html = MARKDOWN.toHtml(markdown);
		RenderedView translation = ArticleHtml.renderTranslation(html,
				(href) -> LINKS.resolve(href, "zh-tw", "docs/page", "zh-tw"), Map.of("note", "注意"));
		RenderedView english = ArticleHtml.render(html, ArticleView.ENGLISH,
				(href) -> LINKS.resolve(href, "zh-tw", "docs/page", "en-us"), Map.of("note", "Note"));
		RenderedView paired = ArticleHtml.pair(sanitized(translation), sanitized(english));
		assertThat(Jsoup.parseBodyFragment(paired.headingHtml() + paired.bodyHtml()).getAllElements())
			.allSatisfy((element) -> assertThat(HostileContentTests.dangers(element)).isEmpty());
	}

	private static RenderedView sanitized(RenderedView view) {
		return new RenderedView(HtmlSanitizer.sanitize(view.headingHtml()), view.headingText(),
				HtmlSanitizer.sanitize(view.bodyHtml()), view.summary(), view.outline());
	}

	@Provide
	Arbitrary<String> markdownAndHtml() {
		return Arbitraries.of(PIECES).list().ofMaxSize(40).map((pieces) -> String.join("", pieces));
	}

}
