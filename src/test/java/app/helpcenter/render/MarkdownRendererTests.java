package app.helpcenter.render;

import org.jsoup.Jsoup;
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
	void leavesSegmentTextThatWouldBecomeABlockAsText() {
		assertThat(Jsoup.parse(this.renderer.toHtml("<div><span data-ttu-id=\"x\"># *not a heading*</span></div>\n"))
			.select("span[data-ttu-id=x]")
			.text()).isEqualTo("# *not a heading*");
	}

	@Test
	void keepsUnbalancedEmphasisInsideItsSegment() {
		String markdown = "<span data-ttu-id=\"c\">請選取 [**建立 engagement]。**</span><span class=\"sxs-lookup\">"
				+ "<span data-stu-id=\"c\">Select **Create engagement.**</span></span> <span data-ttu-id=\"d\">下一句</span>";
		var html = Jsoup.parseBodyFragment(this.renderer.toHtml(markdown));
		assertThat(html.select("span[data-ttu-id=c]").text()).isEqualTo("請選取 [**建立 engagement]。**");
		assertThat(html.select("span.sxs-lookup > span[data-stu-id=c]").html()).isEqualTo("Select <strong>Create engagement.</strong>");
		assertThat(html.select("span[data-ttu-id=d]").text()).isEqualTo("下一句");
	}

	@Test
	void keepsCharacterReferencesInSegments() {
		assertThat(Jsoup.parseBodyFragment(this.renderer.toHtml("<span data-ttu-id=\"e\">you&#39;ll see</span>")).text())
			.isEqualTo("you'll see");
	}

	@Test
	void showsAngleBracketTextThatIsNotATagAsText() {
		assertThat(this.renderer.toHtml("Run /subscriptions/<Subscription ID>/vms/<VM Instance Name>?api=1 now"))
			.isEqualTo("<p>Run /subscriptions/&lt;Subscription ID&gt;/vms/&lt;VM Instance Name&gt;?api=1 now</p>\n");
		assertThat(this.renderer.toHtml("<VM>\n")).isEqualTo("<p>&lt;VM&gt;</p>\n");
	}

	@Test
	void keepsRealTagsAsHtml() {
		assertThat(this.renderer.toHtml("a <b>bold</b> <script>x</script>")).isEqualTo("<p>a <b>bold</b> <script>x</script></p>\n");
	}

	@Test
	void showsAngleBracketTextInsideSegmentsOfHtmlBlocksAsText() {
		assertThat(this.renderer.toHtml("<table><tr><td><span data-ttu-id=\"v\">移至 <VM name> 頁面</span></td></tr></table>\n"))
			.isEqualTo("<table><tr><td><span data-ttu-id=\"v\">移至 &lt;VM name&gt; 頁面</span></td></tr></table>\n");
	}

}
