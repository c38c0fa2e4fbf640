package app.helpcenter.web;

import java.net.http.HttpResponse;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import app.helpcenter.support.VisibleText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hostile fixture tree served for real: the application starts despite every broken file, serves the
 * good article, and shows hostile front matter as text.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "helpcenter.content.root=src/test/resources/fixtures/hostile",
				"helpcenter.content.max-file-size=128KB", "helpcenter.content.render-timeout=500ms" })
class HostileContentWebTests {

	@LocalServerPort
	private int port;

	private HttpPages http;

	@BeforeEach
	void client() {
		this.http = new HttpPages(this.port);
	}

	@Test
	void servesTheGoodArticleBesideTheBrokenOnes() {
		Document page = this.http.page("/zh-tw/attacks/good");
		assertThat(VisibleText.of(page.selectFirst("h1"))).isEqualTo("好文章");
		assertThat(this.http.get("/zh-tw/attacks/front-matter-yaml-bomb").statusCode()).isEqualTo(404);
		assertThat(this.http.get("/zh-tw/attacks/nested-lists").statusCode()).isEqualTo(404);
	}

	@Test
	void showsHostileFrontMatterAsEscapedText() {
		HttpResponse<String> response = this.http.get("/zh-tw/attacks/hostile-title");
		assertThat(response.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(response.body());
		assertThat(page.title()).isEqualTo("</title><script>alert(1)</script>");
		assertThat(page.select("meta[name=description]").attr("content")).isEqualTo("\"><script>alert(2)</script>");
		assertThat(page.select(".article-meta").text()).contains("<img src=x onerror=alert(3)>");
		assertThat(page.select("script")).extracting((script) -> script.attr("src"))
			.hasSize(3)
			.allMatch((src) -> src.matches("/assets/(theme|reader|search)-[0-9a-f]{32}\\.js"));
		assertThat(page.select("img")).isEmpty();
		assertThat(response.body()).doesNotContain("<script>", "<img");
	}

}
