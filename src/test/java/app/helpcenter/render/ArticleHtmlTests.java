package app.helpcenter.render;

import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import app.helpcenter.support.VisibleText;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleHtmlTests {

	private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer();

	private static final Map<String, String> LABELS = Map.of("note", "注意", "warning", "警告", "important", "Important");

	@Test
	void showsTranslationOfPairedSegmentInTranslatedView() {
		String markdown = "<span data-ttu-id=\"a-1\">你好</span><span class=\"sxs-lookup\"><span data-stu-id=\"a-1\">Hello</span></span>";
		assertThat(render(markdown, ArticleView.TRANSLATED).bodyHtml())
			.isEqualTo("<p><span class=\"seg\" data-seg=\"a-1\" aria-describedby=\"en-a-1\">你好"
					+ "<span class=\"seg-en\" id=\"en-a-1\" lang=\"en\" hidden>Hello</span></span></p>");
		assertThat(render(markdown, ArticleView.ENGLISH).bodyHtml())
			.isEqualTo("<p><span class=\"seg\" data-seg=\"a-1\">Hello</span></p>");
	}

	@Test
	void rendersMarkdownInsideSegments() {
		String markdown = "<span data-ttu-id=\"a-2\">請參閱**重要**[說明](https://example.com/a?b=1#c)。</span>"
				+ "<span class=\"sxs-lookup\"><span data-stu-id=\"a-2\">See the **important** [help](https://example.com/a?b=1#c).</span></span>";
		Document english = Jsoup.parseBodyFragment(render(markdown, ArticleView.ENGLISH).bodyHtml());
		assertThat(english.text()).isEqualTo("See the important help.");
		assertThat(english.select("strong").text()).isEqualTo("important");
		assertThat(english.select("a").attr("href")).isEqualTo("https://example.com/a?b=1#c");
		assertThat(VisibleText.of(render(markdown, ArticleView.TRANSLATED).bodyHtml())).isEqualTo("請參閱重要說明。");
	}

	@Test
	void segmentsInsideLinkTextKeepTheLink() {
		String markdown = "- [<span data-ttu-id=\"a-3\">重設我的密碼</span><span class=\"sxs-lookup\"><span data-stu-id=\"a-3\">Reset my password</span></span>](reset.md)";
		Document english = Jsoup.parseBodyFragment(render(markdown, ArticleView.ENGLISH).bodyHtml());
		assertThat(english.select("li > a").text()).isEqualTo("Reset my password");
		assertThat(english.select("li > a").attr("href")).isEqualTo("/resolved/reset.md");
	}

	@Test
	void showsUnpairedTranslationInEveryView() {
		String markdown = "<span data-ttu-id=\"a-4\">只有譯文</span>";
		assertThat(text(render(markdown, ArticleView.ENGLISH).bodyHtml())).isEqualTo("只有譯文");
		assertThat(text(render(markdown, ArticleView.TRANSLATED).bodyHtml())).isEqualTo("只有譯文");
	}

	@Test
	void showsEnglishWithoutTranslationInEveryView() {
		String markdown = "<span class=\"sxs-lookup\"><span data-stu-id=\"a-5\">Only English</span></span>";
		assertThat(text(render(markdown, ArticleView.TRANSLATED).bodyHtml())).isEqualTo("Only English");
		assertThat(text(render(markdown, ArticleView.ENGLISH).bodyHtml())).isEqualTo("Only English");
	}

	@Test
	void doesNotPairSegmentsWithDifferentIds() {
		String markdown = "<span data-ttu-id=\"a-6\">甲</span><span class=\"sxs-lookup\"><span data-stu-id=\"a-7\">B</span></span>";
		assertThat(text(render(markdown, ArticleView.TRANSLATED).bodyHtml())).isEqualTo("甲B");
	}

	@Test
	void givesHeadingTheIdOfItsNamedAnchor() {
		String markdown = "# <a name=\"if-you-cant-sign-in\"></a><span data-ttu-id=\"h-1\">如果您無法登入</span><span class=\"sxs-lookup\"><span data-stu-id=\"h-1\">If you can't sign in</span></span>\n\n"
				+ "## <a name=\"see-more\"></a>See more\n";
		RenderedView english = render(markdown, ArticleView.ENGLISH);
		RenderedView translated = render(markdown, ArticleView.TRANSLATED);
		assertThat(english.headingHtml()).startsWith("<h1 id=\"if-you-cant-sign-in\">");
		assertThat(english.headingText()).isEqualTo("If you can't sign in");
		assertThat(translated.headingHtml()).startsWith("<h1 id=\"if-you-cant-sign-in\">");
		assertThat(translated.headingText()).isEqualTo("如果您無法登入");
		assertThat(english.bodyHtml()).contains("<h2 id=\"see-more\">See more</h2>").doesNotContain("<a name");
		assertThat(english.outline()).containsExactly(new RenderedView.Heading("see-more", "See more"));
	}

	@Test
	void keepsAnchorsUniqueWhenAnAuthorRepeatsOne() {
		String markdown = "## <a name=\"setup\"></a>Setup\n\n## <a name=\"setup\"></a>Setup again\n\n## Setup\n";
		assertThat(render(markdown, ArticleView.ENGLISH).outline()).extracting(RenderedView.Heading::id)
			.containsExactly("setup", "setup-1", "setup-2");
	}

	@Test
	void givesHeadingWithoutAnchorASlugOfItsEnglishText() {
		String markdown = "## <span data-ttu-id=\"h-2\">後續步驟</span><span class=\"sxs-lookup\"><span data-stu-id=\"h-2\">Next steps</span></span>\n\n## Next steps\n";
		assertThat(render(markdown, ArticleView.TRANSLATED).outline()).extracting(RenderedView.Heading::id)
			.containsExactly("next-steps", "next-steps-1");
		assertThat(render(markdown, ArticleView.ENGLISH).outline()).extracting(RenderedView.Heading::id)
			.containsExactly("next-steps", "next-steps-1");
	}

	@Test
	void turnsDocfxAlertIntoLabelledCallout() {
		String markdown = "> [!NOTE]\n> <span data-ttu-id=\"n-1\">請注意。</span><span class=\"sxs-lookup\"><span data-stu-id=\"n-1\">Take note.</span></span>\n";
		Document translated = Jsoup.parseBodyFragment(render(markdown, ArticleView.TRANSLATED).bodyHtml());
		assertThat(translated.select("blockquote")).isEmpty();
		assertThat(translated.select("div.alert.alert-note[role=note] > p.alert-title").text()).isEqualTo("注意");
		assertThat(VisibleText.of(translated.selectFirst("div.alert"))).isEqualTo("注意 請注意。");
	}

	@Test
	void recognisesAlertMarkersInAnyCase() {
		String markdown = "> [!Warning]\n> Careful.\n";
		Document html = Jsoup.parseBodyFragment(render(markdown, ArticleView.ENGLISH).bodyHtml());
		assertThat(html.select("div.alert-warning p.alert-title").text()).isEqualTo("警告");
		assertThat(html.text()).isEqualTo("警告 Careful.");
	}

	@Test
	void recognisesTranslatedAndEmphasisedAlertMarkers() {
		Document html = Jsoup.parseBodyFragment(render(">[!**注意**]請注意。\n", ArticleView.TRANSLATED).bodyHtml());
		assertThat(html.select("div.alert-note p.alert-title").text()).isEqualTo("注意");
		assertThat(html.select("div.alert-note").text()).isEqualTo("注意 請注意。");
	}

	@Test
	void turnsAlertLeftAsTextInsideAListItemIntoACallout() {
		String markdown = "6.    Copy the password.\n    > [!IMPORTANT]  \n    > Keep it safe.\n";
		Document html = Jsoup.parseBodyFragment(render(markdown, ArticleView.ENGLISH).bodyHtml());
		assertThat(html.select("li").first().ownText()).isEqualTo("Copy the password.");
		assertThat(html.select("li div.alert-important p.alert-title").text()).isEqualTo("Important");
		assertThat(html.select("li div.alert-important").text()).isEqualTo("Important Keep it safe.");
		assertThat(html.text()).doesNotContain("[!", ">");
	}

	@Test
	void removesEmphasisMarkersThatMarkdownLeftAsText() {
		String markdown = "在 [**帳戶資訊**頁面上，選取**下一步]:訂用帳戶**。 `a**b`";
		Document html = Jsoup.parseBodyFragment(render(markdown, ArticleView.ENGLISH).bodyHtml());
		assertThat(html.text()).isEqualTo("在 [帳戶資訊頁面上，選取下一步]:訂用帳戶。 a**b");
	}

	@Test
	void leavesOrdinaryQuotesAlone() {
		assertThat(render("> Just a quote", ArticleView.ENGLISH).bodyHtml())
			.isEqualTo("<blockquote>\n<p>Just a quote</p>\n</blockquote>");
	}

	@Test
	void resolvesLinksAndImagesAndMarksExternalLinks() {
		String markdown = "[local](x.md) [out](https://example.com) ![alt text](images/a.png)";
		Document html = Jsoup.parseBodyFragment(render(markdown, ArticleView.ENGLISH).bodyHtml());
		assertThat(html.select("a").get(0).attr("href")).isEqualTo("/resolved/x.md");
		assertThat(html.select("a").get(0).hasAttr("rel")).isFalse();
		assertThat(html.select("a").get(1).attr("rel")).isEqualTo("noopener noreferrer");
		assertThat(html.select("img").attr("src")).isEqualTo("/resolved/images/a.png");
		assertThat(html.select("img").attr("alt")).isEqualTo("alt text");
	}

	@Test
	void summarisesFirstParagraph() {
		String markdown = "<span data-ttu-id=\"s-1\">第一段。</span><span class=\"sxs-lookup\"><span data-stu-id=\"s-1\">First paragraph.</span></span>\n\nSecond.";
		assertThat(render(markdown, ArticleView.ENGLISH).summary()).isEqualTo("First paragraph.");
	}

	private static RenderedView render(String markdown, ArticleView view) {
		return ArticleHtml.render(MARKDOWN.toHtml(markdown), view,
				(href) -> LinkResolver.isExternal(href) ? href : "/resolved/" + href, LABELS);
	}

	private static String text(String html) {
		return VisibleText.of(html);
	}

}
