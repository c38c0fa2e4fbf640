package app.helpcenter.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

import org.awaitility.Awaitility;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import app.helpcenter.support.Fixtures;
import app.helpcenter.support.HostileFiles;
import app.helpcenter.support.RawHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The site follows its content folder while it runs, over real HTTP: each test changes files of a temporary
 * tree ({@code fixtures/live}, with a locale folder that is a link to a checkout elsewhere) and waits, with a
 * bound, until the served site shows the change; the watcher finds the change itself. Each test changes files of
 * its own, so that the tests do not depend on one another.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "helpcenter.content.watch-delay=50ms", "helpcenter.web.max-age=0" })
@DirtiesContext
class LiveContentWebTests {

	private static final Duration LIMIT = Duration.ofSeconds(20);

	private static Path folder;

	private static Path root;

	@LocalServerPort
	private int port;

	private HttpPages http;

	@DynamicPropertySource
	static void content(DynamicPropertyRegistry registry) {
		try {
			folder = Files.createTempDirectory("live-content-");
			root = Fixtures.copy("live", folder.resolve("content"));
			Path elsewhere = Files.createDirectories(folder.resolve("elsewhere/ja-jp/docs"));
			Files.writeString(elsewhere.resolve("linked.md"), "---\ntitle: リンク\n---\n# リンクされたロケール\n\n最初の文。\n");
			Files.createSymbolicLink(root.resolve("ja-jp"), Path.of("../elsewhere/ja-jp"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
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
	void servesANewArticle() throws IOException {
		assertThat(status("/zh-tw/docs/brand-new")).isEqualTo(404);
		Files.writeString(docs("brand-new.md"), "---\ntitle: 全新\n---\n# 全新的文章\n");
		awaitUntil(() -> status("/zh-tw/docs/brand-new") == 200, "the new article");
		assertThat(this.http.page("/zh-tw/docs/brand-new").select("h1").text()).isEqualTo("全新的文章");
		awaitUntil(() -> body("/zh-tw/search?q=" + encode("全新")).contains("/zh-tw/docs/brand-new"), "it in search");
	}

	@Test
	void showsAChangedSentence() throws IOException {
		edit(docs("other.md"), "與其他文章無關。", "這句話剛剛改過。");
		awaitUntil(() -> body("/zh-tw/docs/other").contains("這句話剛剛改過。"), "the changed sentence");
		assertThat(body("/zh-tw/docs/other?view=bilingual")).contains("這句話剛剛改過。");
	}

	@Test
	void keepsServingTheLastGoodVersionOfABrokenArticleUntilItIsFixed() throws IOException {
		Path file = docs("setup.md");
		String good = Files.readString(file);
		int findings = findings();
		Files.writeString(file, good.replace("title: 設定", "title: [broken"));
		awaitUntil(() -> findings() > findings, "the finding in health");
		assertThat(status("/zh-tw/docs/setup")).isEqualTo(200);
		assertThat(body("/zh-tw/docs/setup")).contains("設定您的帳戶。");
		Document authors = this.http.page("/authors/findings");
		assertThat(authors.select("table.findings tbody tr").first().text()).contains("zh-tw/docs/setup.md:3:1",
				"front matter", "the last version that could be read is served");

		Files.writeString(file, good.replace("設定您的帳戶。", "修正後的句子。"));
		awaitUntil(() -> body("/zh-tw/docs/setup").contains("修正後的句子。"), "the fixed article");
		assertThat(this.http.page("/authors/findings").text()).doesNotContain("zh-tw/docs/setup.md:3:1");
		assertThat(findings()).isEqualTo(findings);
	}

	@Test
	void answersNotFoundForADeletedArticle() throws IOException {
		Path file = docs("deleted-soon.md");
		Files.writeString(file, "# 即將刪除\n");
		awaitUntil(() -> status("/zh-tw/docs/deleted-soon") == 200, "the article");
		Files.delete(file);
		awaitUntil(() -> status("/zh-tw/docs/deleted-soon") == 404, "a 404");
		assertThat(status("/en-us/docs/deleted-soon")).isEqualTo(404);
	}

	@Test
	void updatesTheNavigationOfEveryPageOfADocsetWhenItsTableOfContentsChanges() throws IOException {
		Path toc = root.resolve("zh-tw/guide/TOC.md");
		Files.writeString(toc, Files.readString(toc) + "# [新的章節](https://example.com/chapter)\n");
		awaitUntil(() -> body("/zh-tw/guide/intro").contains("新的章節"), "the new entry");
		assertThat(Jsoup.parse(body("/zh-tw/guide/intro?view=bilingual")).select(".toc a").eachText()).contains("新的章節");
	}

	@Test
	void showsAChangedInclude() throws IOException {
		edit(docs("includes/note.md"), "這是共用的附註。", "附註已更新。");
		awaitUntil(() -> body("/zh-tw/docs/setup").contains("附註已更新。"), "the include's new text");
	}

	@Test
	void followsAChangedRedirectionFile() throws IOException {
		Path redirects = root.resolve("zh-tw/.openpublishing.redirection.json");
		Files.writeString(redirects, Files.readString(redirects).replace("docs/old-start.md", "docs/moved-start.md"));
		awaitUntil(() -> RawHttp.send(this.port, "GET", "/zh-tw/docs/moved-start").status() == 301, "the new redirect");
		assertThat(RawHttp.send(this.port, "GET", "/zh-tw/docs/moved-start").headers()).containsEntry("location",
				"/zh-tw/docs/start");
		assertThat(status("/zh-tw/docs/old-start")).isEqualTo(404);
	}

	@Test
	void followsAChangeInsideALocaleFolderThatIsALink() throws IOException {
		assertThat(status("/ja-jp/docs/linked")).isEqualTo(200);
		edit(folder.resolve("elsewhere/ja-jp/docs/linked.md"), "最初の文。", "変更された文。");
		awaitUntil(() -> body("/ja-jp/docs/linked").contains("変更された文。"), "the change in the linked folder");
	}

	@Test
	void reloadsAFewTimesNotOnceAFileForABurstOfChanges() throws IOException {
		long generation = health().path("components").path("content").path("details").path("generation").asLong();
		Path burst = Files.createDirectories(root.resolve("zh-tw/burst"));
		for (int i = 0; i < 200; i++) {
			Files.writeString(burst.resolve("article-" + i + ".md"), "# 文章 " + i + "\n");
		}
		awaitUntil(() -> status("/zh-tw/burst/article-199") == 200 && status("/zh-tw/burst/article-0") == 200,
				"every article of the burst");
		long reloads = health().path("components").path("content").path("details").path("generation").asLong()
				- generation;
		assertThat(reloads).isBetween(1L, 10L);
	}

	@Test
	void reportsTheContentInHealthAndServesAuthorsNoCacheHeaders() {
		JsonNode content = health().path("components").path("content");
		assertThat(content.path("status").asString()).isEqualTo("UP");
		assertThat(content.path("details").path("articles").asInt()).isGreaterThanOrEqualTo(5);
		assertThat(content.path("details").path("lastReload").path("outcome").asString()).isEqualTo("succeeded");
		assertThat(this.http.get("/actuator/health/readiness", "Accept", "application/json").statusCode()).isEqualTo(200);
		assertThat(this.http.get("/actuator/health/liveness", "Accept", "application/json").statusCode()).isEqualTo(200);
		assertThat(this.http.get("/zh-tw/docs/start").headers().firstValue("Cache-Control")).contains("no-cache");
	}

	private static Path docs(String file) {
		return root.resolve("zh-tw/docs").resolve(file);
	}

	private static void edit(Path file, String from, String to) throws IOException {
		String text = Files.readString(file);
		assertThat(text).contains(from);
		Files.writeString(file, text.replace(from, to));
	}

	private int status(String path) {
		return this.http.get(path).statusCode();
	}

	private String body(String path) {
		HttpResponse<String> response = this.http.get(path);
		return (response.statusCode() == 200) ? response.body() : "";
	}

	private JsonNode health() {
		return JsonMapper.builder().build().readTree(this.http.get("/actuator/health", "Accept", "application/json").body());
	}

	private int findings() {
		return health().path("components").path("content").path("details").path("findings").asInt();
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	/** Polls until the condition holds, failing after {@link #LIMIT}. */
	private static void awaitUntil(Callable<Boolean> condition, String what) {
		Awaitility.await(what).atMost(LIMIT).pollInterval(Duration.ofMillis(20)).until(condition);
	}

}
