package app.helpcenter.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import app.helpcenter.content.LinkSchemes;
import app.helpcenter.support.HostileFiles;
import app.helpcenter.support.RawHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The second hostile tree ({@link HostileFiles}) served for real: nothing from outside a locale folder on any
 * page or in search, every safe article served beside the hostile files, each article at exactly one URL,
 * every {@code Location} a valid percent-encoded URI, and only http, https, mailto and relative links on any
 * page.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class HostileFilesWebTests {

	private static Path folder;

	@LocalServerPort
	private int port;

	private HttpPages http;

	@DynamicPropertySource
	static void content(DynamicPropertyRegistry registry) {
		try {
			folder = Files.createTempDirectory("hostile-files-web-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Path root = HostileFiles.create(folder);
		registry.add("helpcenter.content.root", root::toString);
	}

	@AfterAll
	static void deleteTree() {
		HostileFiles.delete(folder);
	}

	@BeforeEach
	void client() {
		this.http = new HttpPages(this.port);
	}

	@Test
	void showsNothingFromOutsideTheLocaleFolderOnAnyPage() {
		for (String path : List.of("/zh-tw/docs/leak-passwd", "/zh-tw/docs/leak-secret", "/zh-tw/docs/leak-proc",
				"/zh-tw/docs/leak-paths", "/ja-jp/docs/linked")) {
			for (String url : List.of(path, path + "?view=bilingual", path.replaceFirst("^/[a-z-]+/", "/en-us/"))) {
				HttpResponse<String> response = this.http.get(url);
				assertThat(response.statusCode()).as(url).isEqualTo(200);
				assertThat(response.body()).as(url).doesNotContain(HostileFiles.SECRET, "root:x:0:0", "PPid:", "/bin/bash");
			}
		}
		for (String query : List.of("root", "bash", "PPid", HostileFiles.SECRET, "secret")) {
			for (String locale : List.of("zh-tw", "en-us", "ja-jp")) {
				Document results = Jsoup.parse(this.http.get("/" + locale + "/search?q=" + query).body());
				assertThat(results.select(".search-results").text()).as(query)
					.doesNotContain(HostileFiles.SECRET, "root:x:0:0", "PPid:");
			}
		}
	}

	@Test
	void servesTheSafeArticlesBesideTheHostileFilesAndNotTheOthers() {
		for (String path : List.of("/zh-tw/docs/good", "/zh-tw/docs/linked-good", "/zh-tw/docs/a",
				"/zh-tw/docs/%E7%99%BB%E5%85%A5", "/zh-tw/docs/with%20space", "/ja-jp/docs/linked")) {
			assertThat(this.http.get(path).statusCode()).as(path).isEqualTo(200);
		}
		for (String path : List.of("/zh-tw/docs/linked-secret", "/zh-tw/docs/bomb", "/zh-tw/docs/sixty",
				"/zh-tw/docs/pipe", "/zh-tw/docs/upper", "/zh-tw/docs/folder")) {
			assertThat(this.http.get(path).statusCode()).as(path).isEqualTo(404);
		}
	}

	@Test
	void keepsApplicationRoutesFromArticles() {
		Document search = this.http.page("/zh-tw/search");
		assertThat(search.selectFirst("main").className()).isEqualTo("search-page");
		assertThat(search.text()).doesNotContain("An article that would take the search page's URL");
	}

	@Test
	void servesEachArticleAtOneUrlOnly() {
		Document bilingual = this.http.page("/zh-tw/docs/a?view=bilingual");
		assertThat(bilingual.selectFirst("main").attr("data-view")).isEqualTo("bilingual");
		assertThat(bilingual.select("h1").text()).contains("文章 A").doesNotContain("Takes another URL");
	}

	@Test
	void redirectsToValidPercentEncodedLocations() {
		Map<String, String> redirects = Map.of("/zh-tw/docs/%E7%99%BB%E5%85%A5.md", "/zh-tw/docs/%E7%99%BB%E5%85%A5",
				"/ZH-TW/docs/%E7%99%BB%E5%85%A5", "/zh-tw/docs/%E7%99%BB%E5%85%A5", "/zh-tw/docs/with%20space.md",
				"/zh-tw/docs/with%20space", "/zh-tw/docs/old-sign-in", "/zh-tw/docs/%E7%99%BB%E5%85%A5",
				"/zh-tw/docs/old-space", "/zh-tw/docs/with%20space", "/en-us/docs/old-sign-in",
				"/en-us/docs/%E7%99%BB%E5%85%A5", "/zh-tw/docs/old-external",
				"https://example.com/%E8%AA%AA%E6%98%8E%20%E9%A0%81");
		redirects.forEach((from, to) -> {
			RawHttp.Response response = RawHttp.send(this.port, "GET", from);
			assertThat(response.status()).as(from).isEqualTo(301);
			String location = response.headers().get("location");
			assertThat(location).as(from).isEqualTo(to).matches("[\\x21-\\x7e]+");
			assertThat(URI.create(location).toASCIIString()).isEqualTo(location);
			assertThat(response.headers()).as(from).containsEntry("cache-control", "no-store");
		});
		assertThat(RawHttp.send(this.port, "GET", "/zh-tw/docs/old-script").status()).isEqualTo(404);
	}

	@Test
	void linksOnlyToHttpHttpsMailtoAndRelativeUrls() {
		for (String path : List.of("/zh-tw/docs/good", "/en-us/docs/good", "/zh-tw/docs/good?view=bilingual",
				"/zh-tw/docs/", "/en-us/docs/", "/zh-tw/", "/en-us/")) {
			Document page = this.http.page(path);
			assertThat(page.select("[href], [src]")).as(path).allSatisfy((element) -> {
				String url = element.hasAttr("href") ? element.attr("href") : element.attr("src");
				assertThat(LinkSchemes.isAllowed(url)).as(path + ": " + element.outerHtml()).isTrue();
			});
		}
		Document good = this.http.page("/zh-tw/docs/good");
		assertThat(good.select(".toc span").eachText()).contains("Script link", "Data link", "VBScript link");
	}

}
