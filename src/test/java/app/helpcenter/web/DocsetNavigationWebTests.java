package app.helpcenter.web;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The table of contents and breadcrumb of a docset with a {@code TOC.md}, in both languages.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "helpcenter.content.root=src/test/resources/fixtures/site")
class DocsetNavigationWebTests {

	@LocalServerPort
	private int port;

	private HttpPages http;

	@BeforeEach
	void client() {
		this.http = new HttpPages(this.port);
	}

	@Test
	void marksTheCurrentArticleInTheTableOfContents() {
		Document page = this.http.page("/zh-tw/docs/no-front-matter");
		assertThat(page.select("nav.toc").attr("aria-label")).isEqualTo("目錄");
		assertThat(page.select("nav.toc a[aria-current=page]").attr("href")).isEqualTo("/zh-tw/docs/no-front-matter");
		assertThat(page.select("nav.toc details[open] > summary").text()).isEqualTo("入門");
		assertThat(page.select("nav.toc a").eachText()).containsExactly("好的文章", "沒有標頭", "尚未翻譯的文章", "外部說明");
		assertThat(page.select("nav.toc a:contains(尚未翻譯的文章)").attr("href"))
			.isEqualTo("https://learn.microsoft.com/zh-tw/docs/not-here");
	}

	@Test
	void showsEnglishTitlesInTheEnglishTableOfContents() {
		Document page = this.http.page("/en-us/docs/no-front-matter");
		assertThat(page.select("nav.toc").attr("aria-label")).isEqualTo("Table of contents");
		assertThat(page.select("nav.toc a[aria-current=page]").text()).isEqualTo("No front matter");
		assertThat(page.select("nav.toc a").first().text()).isEqualTo("A good article");
		assertThat(page.select("nav.toc summary span").attr("lang")).isEqualTo("zh-Hant-TW");
	}

	@Test
	void leadsTheBreadcrumbThroughTheTableOfContents() {
		assertThat(this.http.page("/zh-tw/docs/no-front-matter").select(".breadcrumb li").eachText())
			.containsExactly("說明中心", "入門", "沒有標頭");
		assertThat(this.http.page("/en-us/docs/no-front-matter").select(".breadcrumb li").eachText())
			.containsExactly("Help Center", "入門", "No front matter");
	}

	@Test
	void leavesOutTheNoticeForHumanTranslations() {
		Document page = this.http.page("/zh-tw/docs/good");
		assertThat(page.select(".mt-notice")).isEmpty();
		assertThat(page.select(".reveal-toggle").attr("data-default")).isEqualTo("off");
		assertThat(page.select("article.article").hasAttr("data-reveal")).isFalse();
	}

}
