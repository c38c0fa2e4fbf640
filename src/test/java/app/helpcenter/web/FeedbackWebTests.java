package app.helpcenter.web;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import app.helpcenter.support.AppProcess;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Both feedback forms over real HTTP into a real H2 file: a browser's form post (303 back to the article's
 * thank-you) and a script's (201 JSON); every refusal with its status and the field it names; cross-site
 * posts, the honeypot, the per-client bucket and the per-article cap on comments. Each request comes from an
 * address of its own ({@code X-Forwarded-For} through Tomcat's trusted-proxy handling) unless a test is about
 * one client.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "server.forward-headers-strategy=native", "helpcenter.feedback.posts-per-client=3",
				"helpcenter.feedback.comments-per-article-per-hour=6" })
class FeedbackWebTests {

	private static final String SEED = "partner-center/unable-to-sign-in";

	private static final String SEGMENT = "c9b4f-105";

	private static final AtomicInteger CLIENTS = new AtomicInteger();

	private static Path database;

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcClient jdbc;

	private final HttpClient http = HttpClient.newHttpClient();

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) throws IOException {
		database = Files.createTempDirectory("feedback-web-");
		registry.add("spring.datasource.url", () -> AppProcess.h2Url(database));
	}

	@Test
	void aFormPostIsKeptAndSendsTheReaderBackToTheThankYou() {
		HttpResponse<String> answer = post("/zh-tw/feedback", false, "path", SEED, "view", "bilingual", "helpful", "no",
				"reason", "missing-info", "reason", "bad-translation", "comment", "找不到支援電話。\r\n請補上。");
		assertThat(answer.statusCode()).isEqualTo(303);
		assertThat(answer.headers().firstValue("Location")).hasValue("/zh-tw/" + SEED + "?view=bilingual#feedback-thanks");
		assertThat(this.jdbc.sql("select reading_view, helpful, reasons, comment, spam_score, article_version "
				+ "from article_vote where comment like '找不到支援電話%'")
			.query((row, n) -> row.getString(1) + " " + row.getBoolean(2) + " " + row.getString(3) + " "
					+ row.getString(4) + " " + row.getInt(5) + " " + row.getString(6).length())
			.single()).isEqualTo("bilingual false bad-translation missing-info 找不到支援電話。\n請補上。 100 32");
		assertThat(get("/zh-tw/" + SEED).body()).contains("id=\"feedback-thanks\"", "action=\"/zh-tw/feedback\"",
				"name=\"path\" value=\"" + SEED + "\"", "name=\"view\" value=\"translated\"");
	}

	@Test
	void aScriptGets201AndJson() {
		HttpResponse<String> answer = post("/en-us/feedback", true, "path", SEED, "view", "english", "helpful", "yes");
		assertThat(answer.statusCode()).isEqualTo(201);
		assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWith("application/json"));
		assertThat(answer.body()).isEqualTo("{\"status\":\"received\"}");
		assertThat(count("article_vote where locale = 'en-us' and reading_view = 'english' and helpful")).isPositive();
	}

	@Test
	void refusesEachInvalidFieldByName() {
		assertRefused(post("/zh-tw/feedback", true, "path", SEED, "helpful", "maybe"), 400, "invalid", "helpful");
		assertRefused(post("/zh-tw/feedback", true, "path", SEED), 400, "missing", "helpful");
		assertRefused(post("/zh-tw/feedback", true, "helpful", "yes"), 400, "missing", "path");
		assertRefused(post("/zh-tw/feedback", true, "path", SEED, "helpful", "no", "reason", "rude"), 400, "invalid",
				"reason");
		assertRefused(post("/zh-tw/feedback", true, "path", SEED, "helpful", "no", "view", "print"), 400, "invalid",
				"view");
		assertRefused(post("/zh-tw/feedback", true, "path", SEED, "helpful", "yes", "helpful", "no"), 400, "invalid",
				"helpful");
		assertRefused(post("/zh-tw/feedback", true, "path", "partner-center/nothing-here", "helpful", "yes"), 404,
				"not-found", "path");
		assertRefused(post("/fr-fr/feedback", true, "path", SEED, "helpful", "yes"), 404, "not-found", "locale");
		assertRefused(post("/zh-tw/feedback", true, "path", SEED, "helpful", "no", "comment", "長".repeat(1001)), 413,
				"too-large", "comment");
		assertThat(post("/zh-tw/feedback", true, "path", SEED, "helpful", "no", "comment", "長".repeat(1000))
			.statusCode()).isEqualTo(201);
		assertRefused(post("/zh-tw/feedback/segment", true, "path", SEED, "segment", "no-such-sentence"), 404,
				"not-found", "segment");
		assertRefused(post("/zh-tw/feedback/segment", true, "path", SEED), 400, "missing", "segment");
	}

	@Test
	void aBrowserSeesTheRefusalInItsLanguageWithoutAStackTrace() {
		HttpResponse<String> answer = post("/zh-tw/feedback", false, "path", SEED, "helpful", "maybe");
		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(answer.body()).contains("您的意見未送出", "「helpful」").doesNotContain("Exception", "\tat ");
	}

	@Test
	void refusesPostsFromOtherSites() {
		assertRefused(send("/zh-tw/feedback", true, List.of("Sec-Fetch-Site", "cross-site"), "path", SEED, "helpful",
				"yes"), 403, "cross-site", null);
		assertRefused(send("/zh-tw/feedback", true, List.of("Sec-Fetch-Site", "same-site"), "path", SEED, "helpful",
				"yes"), 403, "cross-site", null);
		assertRefused(send("/zh-tw/feedback", true, List.of("Origin", "https://evil.example"), "path", SEED, "helpful",
				"yes"), 403, "cross-site", null);
		assertThat(send("/zh-tw/feedback", true, List.of("Sec-Fetch-Site", "same-origin"), "path", SEED, "helpful",
				"yes").statusCode()).isEqualTo(201);
		assertThat(send("/zh-tw/feedback", true, List.of("Origin", "http://localhost:" + this.port), "path", SEED,
				"helpful", "yes").statusCode()).isEqualTo(201);
	}

	@Test
	void answersARobotAsIfItsPostWereKeptAndDropsIt() {
		int before = count("article_vote");
		HttpResponse<String> answer = post("/zh-tw/feedback", true, "path", SEED, "helpful", "no", "comment",
				"Great article, visit my site", "website", "https://spam.example");
		assertThat(answer.statusCode()).isEqualTo(201);
		assertThat(count("article_vote")).isEqualTo(before);
	}

	@Test
	void aClientThatPostsTooFastWaits() {
		String client = "203.0.113." + (CLIENTS.incrementAndGet() % 250);
		List<Integer> statuses = new ArrayList<>();
		HttpResponse<String> last = null;
		for (int i = 0; i < 4; i++) {
			last = send("/zh-tw/feedback", true, List.of("X-Forwarded-For", client), "path", SEED, "helpful", "yes");
			statuses.add(last.statusCode());
		}
		assertThat(statuses).containsExactly(201, 201, 201, 429);
		assertThat(last.headers().firstValue("Retry-After")).hasValueSatisfying(
				(seconds) -> assertThat(Long.parseLong(seconds)).isBetween(1L, 60L));
		assertRefused(last, 429, "too-many", null);
		HttpResponse<String> page = send("/zh-tw/feedback", false, List.of("X-Forwarded-For", client), "path", SEED,
				"helpful", "yes");
		assertThat(page.statusCode()).isEqualTo(429);
		assertThat(page.headers().firstValue("Retry-After")).isPresent();
		assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
		assertThat(page.body()).contains("lang=\"zh-Hant-TW\"", "短時間內收到太多意見", "href=\"/zh-tw/\"");
		// Another reader is not held up by that one.
		assertThat(post("/zh-tw/feedback", true, "path", SEED, "helpful", "yes").statusCode()).isEqualTo(201);
	}

	@Test
	void capsTheCommentsOneArticleTakesInAnHour() {
		// Only this test comments on the English page; the others comment in Chinese.
		List<Integer> statuses = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			statuses.add(post("/en-us/feedback", true, "path", SEED, "helpful", "no", "comment", "Comment number " + i
					+ " about the steps").statusCode());
		}
		assertThat(statuses).containsExactly(201, 201, 201, 201, 201, 201, 429);
		assertThat(post("/en-us/feedback", true, "path", SEED, "helpful", "yes").statusCode()).isEqualTo(201);
	}

	@Test
	void scoresSpamAndKeepsItHidden() {
		post("/zh-tw/feedback/segment", true, "path", SEED, "segment", SEGMENT, "comment", "https://spam.example/buy");
		assertThat(this.jdbc.sql("select spam_score from segment_report where comment = 'https://spam.example/buy'")
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void keepsATranslationReportWithTheSentenceItWasAbout() {
		HttpResponse<String> answer = post("/zh-tw/feedback/segment", false, "path", SEED, "segment", SEGMENT,
				"suggestion", "如果您忘了密碼而無法登入合作夥伴中心，請致電支援服務。", "comment", "語氣較自然");
		assertThat(answer.statusCode()).isEqualTo(303);
		assertThat(answer.headers().firstValue("Location")).hasValue("/zh-tw/" + SEED + "#report-thanks");
		assertThat(this.jdbc.sql("select source_text, translated_text, status, length(sentence_hash) from segment_report "
				+ "where comment = '語氣較自然'")
			.query((row, n) -> row.getString(1) + " | " + row.getString(2) + " | " + row.getString(3) + " | "
					+ row.getInt(4))
			.single()).isEqualTo("If you have forgotten your password and can't sign into Partner Center, you'll need "
					+ "to call Support. | 如果您忘記密碼，而且無法登入合作夥伴中心，您必須致電支援服務。 | OPEN | 32");
		assertThat(get("/zh-tw/feedback/segment?path=" + SEED + "&segment=" + SEGMENT).body())
			.contains("如果您忘記密碼，而且無法登入合作夥伴中心", "name=\"segment\" value=\"" + SEGMENT + "\"",
					"action=\"/zh-tw/feedback/segment\"");
		assertThat(get("/zh-tw/feedback/segment?path=" + SEED + "&segment=nope").statusCode()).isEqualTo(404);
	}

	@Test
	void articlePagesStayTheSameBytesForEveryReaderAndSetNoCookie() {
		HttpResponse<String> before = get("/zh-tw/" + SEED);
		post("/zh-tw/feedback", false, "path", SEED, "helpful", "yes");
		HttpResponse<String> after = get("/zh-tw/" + SEED);
		assertThat(after.body()).isEqualTo(before.body());
		assertThat(after.headers().firstValue("ETag")).isEqualTo(before.headers().firstValue("ETag"));
		assertThat(after.headers().allValues("Set-Cookie")).isEmpty();
		assertThat(post("/zh-tw/feedback", false, "path", SEED, "helpful", "yes").headers().allValues("Set-Cookie"))
			.isEmpty();
	}

	@Test
	void withoutAnOperatorAccountTheAdminPagesAreOffAndSayHowToTurnThemOn() {
		HttpResponse<String> page = get("/admin/feedback");
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("helpcenter.admin.username", "helpcenter.admin.password", "encode-password");
		assertThat(get("/admin/feedback.csv").statusCode()).isEqualTo(404);
		assertThat(get("/admin/translation-reports.xlf").statusCode()).isEqualTo(404);
		assertThat(get("/admin/reports").body()).doesNotContain("segment_report", "c9b4f-105");
	}

	private void assertRefused(HttpResponse<String> answer, int status, String error, String field) {
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
		assertThat(answer.body()).contains("\"error\":\"" + error + "\"");
		if (field != null) {
			assertThat(answer.body()).contains("\"field\":\"" + field + "\"");
		}
	}

	private int count(String from) {
		return this.jdbc.sql("select count(*) from " + from).query(Integer.class).single();
	}

	/** A post from a client of its own. */
	private HttpResponse<String> post(String path, boolean json, String... fields) {
		return send(path, json, List.of("X-Forwarded-For", "198.51.100." + (CLIENTS.incrementAndGet() % 250)), fields);
	}

	private HttpResponse<String> send(String path, boolean json, List<String> headers, String... fields) {
		StringBuilder body = new StringBuilder();
		for (int i = 0; i < fields.length; i += 2) {
			body.append(body.isEmpty() ? "" : "&").append(URLEncoder.encode(fields[i], StandardCharsets.UTF_8))
				.append('=').append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
		}
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", json ? "application/json" : "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString()));
		List<String> all = new ArrayList<>(headers);
		if (!all.contains("X-Forwarded-For")) {
			all.addAll(List.of("X-Forwarded-For", "192.0.2." + (CLIENTS.incrementAndGet() % 250)));
		}
		request.headers(all.toArray(String[]::new));
		return exchange(request.build());
	}

	private HttpResponse<String> get(String path) {
		return exchange(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).GET().build());
	}

	private HttpResponse<String> exchange(HttpRequest request) {
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
