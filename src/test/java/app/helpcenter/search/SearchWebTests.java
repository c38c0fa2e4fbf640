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
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import app.helpcenter.support.RawHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search box and search page over HTTP, on the bundled content.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
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
		assertThat(page.select(".search-results mark").eachText()).anyMatch((marked) -> marked.contains("密碼"));
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
	void answersEveryQuerySyntaxWithResultsOrARefusalNeverAServerError() throws Exception {
		List<String> queries = List.of("ab~2", "password~2", "pass*", "p*", "*?", "\"sign in\"~3", "a~", "~2", "((a",
				"a)", "-", "+", "|", "-password", "+password -sign", "a\\", "\"", "\"\"", "密碼~1", "a^2", "a:b", "[a TO b]",
				"{!lucene}", "/regex/", "a && b || !c", "\u0000", "\uD800", "%", "a".repeat(100) + "~2");
		for (String query : queries) {
			HttpResponse<String> response = get("/zh-tw/search?q=" + encode(query));
			assertThat(response.statusCode()).as(query).isIn(200, 400);
			assertThat(response.body()).as(query).doesNotContain("Exception", "at org.");
		}
	}

	@Test
	void logsUndecodableParametersAsOneLineAtMostOnceASecond(CapturedOutput output) throws Exception {
		int requests = 40;
		long start = System.nanoTime();
		for (int i = 0; i < requests; i++) {
			RawHttp.Response response = RawHttp.send(this.port, "GET", "/zh-tw/search?q=%zz" + i);
			assertThat(response.status()).isEqualTo(400);
			assertThat(response.headers()).containsEntry("cache-control", "no-store");
		}
		// Another test may have just had this second's line: go on refusing until a line comes (a bounded poll).
		long deadline = System.nanoTime() + 10_000_000_000L;
		while (!output.getAll().contains("Bad request refused") && System.nanoTime() < deadline) {
			RawHttp.send(this.port, "GET", "/zh-tw/search?q=%zz");
		}
		long seconds = (System.nanoTime() - start) / 1_000_000_000L;
		List<String> lines = output.getAll().lines().filter((line) -> line.contains("Bad request refused")).toList();
		assertThat(lines).isNotEmpty().hasSizeLessThanOrEqualTo((int) seconds + 1);
		assertThat(lines.get(0)).contains("parameters that cannot be decoded: q=%zz");
		assertThat(output.getAll()).doesNotContain("InvalidParameterException", "\tat org.apache");
	}

	@Test
	void answersUnknownLocalesWithNotFound() throws Exception {
		assertThat(get("/fr-fr/search?q=password").statusCode()).isEqualTo(404);
		assertThat(get("/fr-fr/search/suggest?q=password").statusCode()).isEqualTo(404);
	}

	@Test
	void suggestsArticlesForAPrefixAsJsonThatCachesMayKeepAMinute() throws Exception {
		// What a page's script asks for; a request that accepts only HTML gets the same JSON.
		HttpResponse<String> response = get("/zh-tw/search/suggest?q=" + encode("無法"));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWith("application/json"));
		assertThat(response.headers().firstValue("Cache-Control")).hasValue("max-age=60, public");
		assertThat(response.body()).isEqualTo("{\"query\":\"無法\",\"suggestions\":[{\"title\":\"如果您無法登入合作夥伴中心\","
				+ "\"language\":\"zh-Hant-TW\",\"hint\":\"If you can't sign into Partner Center\",\"hintLanguage\":\"en-US\","
				+ "\"url\":\"/zh-tw/partner-center/unable-to-sign-in\"}]}");
		assertThat(get("/en-us/search/suggest?q=" + encode("If you")).body())
			.contains("\"title\":\"If you can't sign into Partner Center\"", "\"url\":\"/en-us/partner-center/unable-to-sign-in\"");
		assertThat(get("/zh-tw/search/suggest?q=").body()).isEqualTo("{\"query\":\"\",\"suggestions\":[]}");
		assertThat(get("/zh-tw/search/suggest?q=" + encode("<script>")).body())
			.isEqualTo("{\"query\":\"<script>\",\"suggestions\":[]}");
	}

	@Test
	void answersARepeatedSearchOrSuggestionExactlyAsTheFirstTime() throws Exception {
		for (String path : List.of("/zh-tw/search?q=" + encode("重設 密碼"), "/en-us/search/suggest?q=If",
				"/ZH-TW/search?q=" + encode(" 密碼 "))) {
			HttpResponse<String> first = get(path);
			HttpResponse<String> again = get(path);
			assertThat(again.statusCode()).as(path).isEqualTo(200);
			assertThat(again.body()).as(path).isEqualTo(first.body());
			for (String header : List.of("Content-Type", "Cache-Control", "ETag", "Vary")) {
				assertThat(again.headers().allValues(header)).as(path + " " + header)
					.isEqualTo(first.headers().allValues(header))
					.hasSize(1);
			}
			HttpResponse<String> unchanged = this.client.send(
					HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
						.header("If-None-Match", first.headers().firstValue("ETag").orElseThrow())
						.build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(unchanged.statusCode()).as(path).isEqualTo(304);
		}
		assertThat(get("/zh-tw/search?q=a").body()).isNotEqualTo(get("/zh-tw/search?q=a&q=b").body());
		assertThat(Jsoup.parse(get("/zh-tw/search?q=a&q=b").body()).select("h1").text()).contains("a,b");
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
