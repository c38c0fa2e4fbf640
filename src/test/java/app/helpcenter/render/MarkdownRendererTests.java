package app.helpcenter.render;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownRendererTests {

	private final MarkdownRenderer renderer = new MarkdownRenderer();

	@Test
	void keepsRawHtmlSpans() {
		assertThat(this.renderer.toHtml("<span data-ttu-id=\"a\">甲</span> text"))
			.isEqualTo("<p><span data-ttu-id=\"a\">甲</span> text</p>\n");
	}

	@Test
	void rendersGfmTables() {
		assertThat(this.renderer.toHtml("| A | B |\n|:--|--:|\n| 1 | 2 |\n"))
			.isEqualTo("<table>\n<thead>\n<tr><th align=\"left\">A</th><th align=\"right\">B</th></tr>\n</thead>\n"
					+ "<tbody>\n<tr><td align=\"left\">1</td><td align=\"right\">2</td></tr>\n</tbody>\n</table>\n");
	}

	@Test
	void keepsCellsBeyondTheHeaderColumns() {
		assertThat(this.renderer.toHtml("| A |\n|---|\n| 1 | extra |\n")).contains("extra");
	}

	@Test
	void rendersMarkdownInsideSegmentsOfHtmlBlocks() {
		String markdown = "<table><tr><td><p><span data-ttu-id=\"t-1\">請參閱[說明](help.md)與**重點**。</span>"
				+ "<span class=\"sxs-lookup\"><span data-stu-id=\"t-1\">See [help](help.md) and **the point**.</span></span></p></td></tr></table>\n";
		assertThat(this.renderer.toHtml(markdown))
			.isEqualTo("<table><tr><td><p><span data-ttu-id=\"t-1\">請參閱<a href=\"help.md\">說明</a>與<strong>重點</strong>。</span>"
					+ "<span class=\"sxs-lookup\"><span data-stu-id=\"t-1\">See <a href=\"help.md\">help</a> and "
					+ "<strong>the point</strong>.</span></span></p></td></tr></table>\n");
	}

	@Test
	void leavesHtmlBlockTextOutsideSegmentsAlone() {
		assertThat(this.renderer.toHtml("<div>\n**not a segment**\n</div>\n")).isEqualTo("<div>\n**not a segment**\n</div>\n");
	}

	@Test
	void leavesSegmentTextThatWouldBecomeABlockAlone() {
		assertThat(this.renderer.toHtml("<div><span data-ttu-id=\"x\"># *not a heading*</span></div>\n"))
			.isEqualTo("<div><span data-ttu-id=\"x\"># *not a heading*</span></div>\n");
	}

}
