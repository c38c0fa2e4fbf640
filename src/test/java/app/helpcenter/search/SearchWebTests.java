package app.helpcenter.search;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search box and search page over HTTP, on the bundled content.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SearchWebTests {

	private final HttpClient client = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Test
	void putsASearchBoxOnEveryPage() throws Exception {
		for (String path : List.of("/zh-tw/", "/zh-tw/partner-center/unable-to-sign-in", "/zh-tw/search?q=x",
				"/zh-tw/no-such-page")) {
			Document page = Jsoup.parse(get(path).body());
			assertThat(page.select("form[role=search]").attr("action")).as(path).isEqualTo("/zh-tw/search");
			assertThat(page.select("form[role=search] input[name=q]")).as(path).hasSize(1);
		}
		assertThat(Jsoup.parse(get("/en-us/partner-center/unable-to-sign-in").body()).select("form[role=search]")
			.attr("action")).isEqualTo("/en-us/search");
	}

	@Test
	void listsMatchingArticlesWithHighlightedPassages() throws Exception {
		Document page = Jsoup.parse(get("/zh-tw/search?q=" + encode("忘記密碼")).body());
		assertThat(page.select("h1").text()).isEqualTo("「忘記密碼」的搜尋結果");
		assertThat(page.select(".search-results a").eachAttr("href")).containsExactly("/zh-tw/partner-center/unable-to-sign-in");
		assertThat(page.select(".search-results a").text()).isEqualTo("如果您無法登入合作夥伴中心");
		assertThat(page.select(".search-results mark").eachText()).contains("密碼");
		assertThat(page.select("form[role=search] input").val()).isEqualTo("忘記密碼");
		Document english = Jsoup.parse(get("/en-us/search?q=" + encode("sign in")).body());
		assertThat(english.select(".search-results a").text()).isEqualTo("If you can't sign into Partner Center");
		assertThat(english.select(".search-results a").attr("href")).isEqualTo("/en-us/partner-center/unable-to-sign-in");
	}

	@Test
	void saysSoWhenNothingMatches() throws Exception {
		Document page = Jsoup.parse(get("/zh-tw/search?q=" + encode("kubernetes")).body());
		assertThat(page.select(".search-none").text()).isEqualTo("找不到符合「kubernetes」的文章。");
		assertThat(page.select("main a").attr("href")).isEqualTo("/zh-tw/");
		Document english = Jsoup.parse(get("/en-us/search?q=kubernetes").body());
		assertThat(english.select(".search-none").text()).isEqualTo("No articles match \"kubernetes\".");
	}

	@Test
	void echoesOddQueriesAsTextWithoutError() throws Exception {
		for (String query : List.of("<script>alert(1)</script>", "\"abc", "a AND", "*", "\\", "", "x".repeat(5000))) {
			HttpResponse<String> response = get("/zh-tw/search?q=" + encode(query));
			assertThat(response.statusCode()).as(query).isEqualTo(200);
			assertThat(response.body()).as(query).doesNotContain("<script>alert");
		}
		assertThat(get("/zh-tw/search").statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(get("/zh-tw/search?q=" + encode("<b>x</b>")).body()).select("h1").text())
			.isEqualTo("「<b>x</b>」的搜尋結果");
	}

	@Test
	void answersUnknownLocalesWithNotFound() throws Exception {
		assertThat(get("/fr-fr/search?q=password").statusCode()).isEqualTo(404);
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "text/html")
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
