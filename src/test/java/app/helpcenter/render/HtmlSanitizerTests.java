package app.helpcenter.render;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlSanitizerTests {

	@Test
	void keepsWhatRenderedArticlesUse() {
		String html = "<h2 id=\"see-more\"><span class=\"seg\" data-seg=\"c9b4f-109\">See more</span></h2>"
				+ "<div class=\"alert alert-note\" role=\"note\"><p class=\"alert-title\">Note</p></div>"
				+ "<table><thead><tr><th align=\"left\">A</th></tr></thead><tbody><tr><td>1<br>2</td></tr></tbody></table>"
				+ "<a href=\"https://example.com/a?b=1&amp;c=2#d=e\" rel=\"noopener noreferrer\">x</a>"
				+ "<img src=\"https://learn.microsoft.com/a.png\" alt=\"A\" loading=\"lazy\">";
		Document sanitized = Jsoup.parseBodyFragment(HtmlSanitizer.sanitize(html));
		assertThat(sanitized.select("h2#see-more > span.seg[data-seg=c9b4f-109]")).hasSize(1);
		assertThat(sanitized.select("div.alert.alert-note[role=note] > p.alert-title")).hasSize(1);
		assertThat(sanitized.select("th[align=left]")).hasSize(1);
		assertThat(sanitized.select("td br")).hasSize(1);
		assertThat(sanitized.select("a").attr("href")).isEqualTo("https://example.com/a?b=1&c=2#d=e");
		assertThat(sanitized.select("a").attr("rel")).isEqualTo("noopener noreferrer");
		assertThat(sanitized.select("img").attr("src")).isEqualTo("https://learn.microsoft.com/a.png");
	}

	@Test
	void removesScriptsHandlersAndDangerousUrls() {
		String html = "<p onclick=\"x()\">a<script>alert(1)</script></p><a href=\"javascript:alert(1)\">j</a>"
				+ "<a href=\"JaVaScRiPt:alert(1)\">k</a><img src=\"data:image/png;base64,AAAA\" alt=\"d\">"
				+ "<iframe src=\"https://evil.example\"></iframe><style>p{}</style><span class=\"evil\">s</span>";
		String sanitized = HtmlSanitizer.sanitize(html);
		assertThat(sanitized).doesNotContainIgnoringCase("script")
			.doesNotContain("onclick")
			.doesNotContain("iframe")
			.doesNotContain("style")
			.doesNotContain("data:")
			.doesNotContain("evil");
	}

}
