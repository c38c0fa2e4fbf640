package app.helpcenter.web;

import java.net.http.HttpResponse;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import app.helpcenter.support.VisibleText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Features of a whole localized docs repository ({@code fixtures/repository}): redirects, the docset
 * landing page, includes, divisions, {@code robots: noindex}, and locale folders side by side.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "helpcenter.content.root=src/test/resources/fixtures/repository")
class RepositoryWebTests {

	@LocalServerPort
	private int port;

	private HttpPages http;

	@BeforeEach
	void client() {
		this.http = new HttpPages(this.port);
	}

	@Test
	void redirectsMovedArticlesInEveryLanguage() {
		assertThat(location("/zh-tw/docs/old-start")).isEqualTo("/zh-tw/docs/start#details");
		assertThat(location("/en-us/docs/old-start")).isEqualTo("/en-us/docs/start#details");
		assertThat(location("/zh-tw/docs/moved-away")).isEqualTo("https://learn.microsoft.com/zh-tw/azure/somewhere-else");
		assertThat(location("/en-us/docs/moved-away")).isEqualTo("https://learn.microsoft.com/en-us/azure/somewhere-else");
		assertThat(location("/zh-tw/docs/external")).isEqualTo("https://example.com/new-home?x=1");
		assertThat(this.http.get("/zh-tw/docs/hostile").statusCode()).isEqualTo(404);
	}

	@Test
	void servesTheDocsetLandingPage() {
		Document hub = this.http.page("/zh-tw/docs/");
		assertThat(hub.select("h1").text()).isEqualTo("範例文件");
		assertThat(hub.select(".hub-summary").text()).isEqualTo("這是範例文件集的首頁。");
		assertThat(hub.select(".hub-section a")).extracting((link) -> link.text() + " " + link.attr("href"))
			.containsExactly("開始使用 /zh-tw/docs/start", "外部網站 https://example.com/news", "下一步 /zh-tw/docs/next",
					"尚未提供 https://learn.microsoft.com/zh-tw/docs/missing", "查看更多 /zh-tw/docs/start");
		Document english = this.http.page("/en-us/docs/");
		assertThat(english.select(".hub-section a").first().text()).isEqualTo("Get started from the en-us folder");
		assertThat(english.select("h1").attr("lang")).isEqualTo("zh-Hant-TW");
		assertThat(location("/zh-tw/docs")).isEqualTo("/zh-tw/docs/");
		assertThat(this.http.page("/zh-tw/").select(".docset h2 a").attr("href")).isEqualTo("/zh-tw/docs/");
		assertThat(this.http.page("/zh-tw/docs/next").select(".article-body a").attr("href")).isEqualTo("/zh-tw/docs/");
		assertThat(this.http.page("/en-us/docs/next").select(".article-body a").attr("href")).isEqualTo("/en-us/docs/");
	}

	@Test
	void expandsIncludesAndLeavesOutBrokenOnes() {
		Document page = this.http.page("/zh-tw/docs/start");
		assertThat(page.select(".alert-note").text()).contains("此段文字來自共用檔案。");
		assertThat(VisibleText.of(page.body())).doesNotContain("[!INCLUDE", "not-there", "cycle");
	}

	@Test
	void turnsDivisionsIntoNextStepLinks() {
		Document page = this.http.page("/zh-tw/docs/start");
		assertThat(page.select(".next-step a").attr("href")).isEqualTo("/zh-tw/docs/next");
		assertThat(page.select("blockquote")).isEmpty();
		assertThat(VisibleText.of(page.body())).doesNotContain("[!div");
	}

	@Test
	void keepsArticlesMarkedNoindexOutOfSearchEngines() {
		assertThat(this.http.page("/zh-tw/docs/next").select("meta[name=robots]").attr("content")).isEqualTo("noindex, follow");
		assertThat(this.http.page("/zh-tw/docs/start").select("meta[name=robots]")).isEmpty();
	}

	@Test
	void servesEachLocaleFolderUnderItsOwnPrefix() {
		Document japanese = this.http.page("/ja-jp/docs/start");
		assertThat(japanese.selectFirst("html").attr("lang")).isEqualTo("ja-JP");
		assertThat(VisibleText.of(japanese.selectFirst("h1"))).isEqualTo("はじめに");
		assertThat(japanese.select(".skip-link").text()).isEqualTo("メイン コンテンツにスキップ");
		assertThat(japanese.select(".view-switch a").eachText()).containsExactly("日本語", "English", "対訳");
		assertThat(japanese.select(".view-switch a").last().attr("href")).isEqualTo("/ja-jp/docs/start?view=bilingual");
		assertThat(japanese.select(".other-languages a").eachText()).containsExactly("繁體中文");
		Document chinese = this.http.page("/zh-tw/docs/start");
		assertThat(chinese.select(".view-switch a").eachText()).containsExactly("繁體中文", "English", "雙語");
		assertThat(chinese.select(".view-switch a").last().attr("href")).isEqualTo("/zh-tw/docs/start?view=bilingual");
	}

	@Test
	void takesTheEnglishPageFromTheEnUsFolderWhenItHasTheArticle() {
		assertThat(this.http.page("/en-us/docs/start").select("h1").text()).isEqualTo("Get started from the en-us folder");
		assertThat(VisibleText.of(this.http.page("/en-us/docs/next").selectFirst("h1"))).isEqualTo("Next step");
	}

	private String location(String path) {
		HttpResponse<String> response = this.http.get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(301);
		return response.headers().firstValue("Location").orElseThrow();
	}

}
