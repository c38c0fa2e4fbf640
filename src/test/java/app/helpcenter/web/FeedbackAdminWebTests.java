package app.helpcenter.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.w3c.dom.Element;

import app.helpcenter.feedback.TranslationReportsXliff;
import app.helpcenter.feedback.UnansweredSearches;
import app.helpcenter.support.AppProcess;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operators' side over real HTTP: sign-in required (a login form for browsers, HTTP Basic for scripts),
 * the CSRF token on its forms, comments shown escaped, stale reports marked, searches that found nothing, and
 * the CSV and XLIFF exports read back.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "helpcenter.admin.username=operator",
				// "correct horse battery", encoded by java -jar helpcenter.jar encode-password
				"helpcenter.admin.password={bcrypt}$2a$10$tiIGZ3L6CsqHe5HGOvUPxu4vBNdOY8Te6lQ7cv0JEl9gcudM.HKba",
				"helpcenter.feedback.posts-per-client=1000" })
class FeedbackAdminWebTests {

	private static final String SEED = "partner-center/unable-to-sign-in";

	private static final String BASIC = "Basic "
			+ Base64.getEncoder().encodeToString("operator:correct horse battery".getBytes(StandardCharsets.UTF_8));

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private UnansweredSearches unanswered;

	private final HttpClient http = HttpClient.newHttpClient();

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) throws IOException {
		Path folder = Files.createTempDirectory("feedback-admin-");
		registry.add("spring.datasource.url", () -> AppProcess.h2Url(folder));
	}

	@Test
	void asksForASignInAndRefusesWrongCredentials() {
		HttpResponse<String> browser = send(this.http, get("/admin/feedback").header("Accept", "text/html"));
		assertThat(browser.statusCode()).isEqualTo(302);
		assertThat(browser.headers().firstValue("Location")).hasValueSatisfying(
				(location) -> assertThat(location).endsWith("/admin/login"));
		assertThat(send(this.http, get("/admin/feedback.csv")).statusCode()).isEqualTo(401);
		assertThat(send(this.http, get("/admin/feedback.csv").header("Authorization", "Basic "
				+ Base64.getEncoder().encodeToString("operator:wrong".getBytes(StandardCharsets.UTF_8)))).statusCode())
			.isEqualTo(401);
		assertThat(send(this.http, get("/admin/translation-reports.xlf")).statusCode()).isEqualTo(401);
		assertThat(send(this.http, get("/admin/feedback").header("Authorization", BASIC)).statusCode()).isEqualTo(200);
	}

	@Test
	void signsInWithTheFormAndChangesAReportsStatusWithTheCsrfToken() {
		post("/zh-tw/feedback/segment", "path", SEED, "segment", "c9b4f-105", "suggestion", "請致電支援服務。");
		long id = this.jdbc.sql("select max(id) from segment_report").query(Long.class).single();
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		Document login = Jsoup.parse(send(browser, get("/admin/login")).body());
		HttpResponse<String> signedIn = send(browser, form("/admin/login", "username", "operator", "password",
				"correct horse battery", "_csrf", login.select("input[name=_csrf]").val()));
		assertThat(signedIn.statusCode()).isEqualTo(302);
		Document reports = Jsoup.parse(send(browser, get("/admin/reports")).body());
		assertThat(reports.select("#report-" + id).text()).contains("請致電支援服務。", "open");

		// Without the token the change is refused, with the session or with Basic credentials.
		assertThat(send(browser, form("/admin/reports/" + id + "/status", "status", "accepted")).statusCode())
			.isEqualTo(403);
		assertThat(send(this.http, form("/admin/reports/" + id + "/status", "status", "accepted")
			.header("Authorization", BASIC)).statusCode()).isEqualTo(403);
		String token = reports.select("#report-" + id + " input[name=_csrf]").val();
		HttpResponse<String> unknown = send(browser, form("/admin/reports/" + id + "/status", "status", "shelved",
				"_csrf", token));
		assertThat(unknown.statusCode()).isEqualTo(400);
		assertThat(unknown.body()).doesNotContain("admin pages are off");
		HttpResponse<String> changed = send(browser, form("/admin/reports/" + id + "/status", "status", "accepted",
				"_csrf", token));
		assertThat(changed.statusCode()).isEqualTo(303);
		assertThat(this.jdbc.sql("select status from segment_report where id = ?").param(id).query(String.class).single())
			.isEqualTo("ACCEPTED");
		assertThat(Jsoup.parse(send(browser, get("/admin/reports?status=all")).body()).select("#report-" + id).text())
			.contains("accepted");
	}

	@Test
	void showsCommentsAsTextAndHidesSpamUnlessAskedFor() {
		post("/zh-tw/feedback", "path", SEED, "helpful", "no", "reason", "inaccurate", "comment",
				"步驟 <script>alert('x')</script> 錯了");
		post("/zh-tw/feedback", "path", SEED, "helpful", "no", "comment", "https://spam.example/cheap-watches");
		String page = send(this.http, get("/admin/feedback").header("Authorization", BASIC)).body();
		assertThat(page).contains("步驟 &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; 錯了")
			.doesNotContain("<script>alert('x')</script>", "cheap-watches");
		assertThat(send(this.http, get("/admin/feedback?spam=shown").header("Authorization", BASIC)).body())
			.contains("https://spam.example/cheap-watches");
		Document parsed = Jsoup.parse(page);
		assertThat(parsed.select("section[aria-labelledby=articles-title] tbody tr").eachText())
			.anyMatch((row) -> row.contains(SEED) && row.contains("zh-tw"));
	}

	@Test
	void marksReportsMadeOnOtherTextAsStale() {
		post("/zh-tw/feedback/segment", "path", SEED, "segment", "c9b4f-105", "comment", "舊的回報");
		this.jdbc.sql("update segment_report set sentence_hash = 'an older sentence', translated_text = '舊的譯文' "
				+ "where comment = '舊的回報'").update();
		long id = this.jdbc.sql("select id from segment_report where comment = '舊的回報'").query(Long.class).single();
		Document reports = Jsoup.parse(send(this.http, get("/admin/reports").header("Authorization", BASIC)).body());
		assertThat(reports.select("#report-" + id + " .stale")).hasSize(1);
		assertThat(reports.select("#report-" + id).text()).contains("舊的譯文");
	}

	@Test
	void listsSearchesThatFoundNothingHoweverTheyWereServed() {
		for (int i = 0; i < 3; i++) {
			// The first is answered by the controller, the others by the valve from the snapshot.
			assertThat(send(this.http, get("/zh-tw/search?q=qqxqqx%20zzyzz")).statusCode()).isEqualTo(200);
		}
		assertThat(send(this.http, get("/zh-tw/search?q=%E5%AF%86%E7%A2%BC")).statusCode()).isEqualTo(200);
		this.unanswered.flush();
		Document page = Jsoup.parse(send(this.http, get("/admin/feedback").header("Authorization", BASIC)).body());
		List<String> rows = page.select("section[aria-labelledby=searches-title] tbody tr").eachText();
		assertThat(rows).anySatisfy((row) -> assertThat(row).startsWith("qqxqqx zzyzz zh-tw 3 "))
			.noneSatisfy((row) -> assertThat(row).startsWith("密碼"));
	}

	@Test
	void exportsVotesAsCsvThatReadsBack() {
		post("/zh-tw/feedback", "path", SEED, "helpful", "no", "reason", "broken-link", "reason", "other", "comment",
				"逗號, \"引號\"\n第二行");
		post("/zh-tw/feedback", "path", SEED, "helpful", "no", "comment", "=HYPERLINK(\"http://x.example\") please fix");
		HttpResponse<String> csv = send(this.http, get("/admin/feedback.csv").header("Authorization", BASIC));
		assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWith("text/csv"));
		List<List<String>> rows = readCsv(csv.body());
		assertThat(rows.get(0)).containsExactly("id", "received", "locale", "path", "article_version", "view", "helpful",
				"reasons", "comment", "spam_score", "hidden");
		assertThat(rows).anySatisfy((row) -> {
			assertThat(row.get(8)).isEqualTo("逗號, \"引號\"\n第二行");
			assertThat(row.get(7)).isEqualTo("broken-link other");
			assertThat(row.get(6)).isEqualTo("no");
			assertThat(row.get(2)).isEqualTo("zh-tw");
		});
		assertThat(rows).anySatisfy((row) -> assertThat(row.get(8)).startsWith("'=HYPERLINK("));
		assertThat(rows.subList(1, rows.size())).allSatisfy((row) -> assertThat(row).hasSize(11));
	}

	@Test
	void exportsOpenReportsAsXliffThatReadsBack() throws Exception {
		post("/zh-tw/feedback/segment", "path", SEED, "segment", "c9b4f-105", "suggestion", "建議 <b>&</b> 譯文",
				"comment", "用語");
		HttpResponse<String> xliff = send(this.http,
				get("/admin/translation-reports.xlf?locale=zh-tw").header("Authorization", BASIC));
		assertThat(xliff.statusCode()).isEqualTo(200);
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		org.w3c.dom.Document document = factory.newDocumentBuilder()
			.parse(new ByteArrayInputStream(xliff.body().getBytes(StandardCharsets.UTF_8)));
		Element root = document.getDocumentElement();
		assertThat(root.getNamespaceURI()).isEqualTo(TranslationReportsXliff.NAMESPACE);
		assertThat(root.getLocalName()).isEqualTo("xliff");
		assertThat(root.getAttribute("version")).isEqualTo("2.0");
		assertThat(root.getAttribute("srcLang")).isEqualTo("en-US");
		assertThat(root.getAttribute("trgLang")).isEqualTo("zh-Hant-TW");
		Element file = (Element) root.getElementsByTagNameNS(TranslationReportsXliff.NAMESPACE, "file").item(0);
		assertThat(file.getAttribute("original")).isEqualTo("zh-tw/" + SEED + ".md");
		assertThat(file.getAttribute("id")).matches("[\\w.:-]+");
		Element unit = (Element) file.getElementsByTagNameNS(TranslationReportsXliff.NAMESPACE, "unit").item(0);
		assertThat(unit.getAttribute("id")).isEqualTo("c9b4f-105");
		assertThat(text(unit, "source")).startsWith("If you have forgotten your password");
		assertThat(text(unit, "target")).startsWith("如果您忘記密碼");
		List<String> notes = new ArrayList<>();
		var noteElements = unit.getElementsByTagNameNS(TranslationReportsXliff.NAMESPACE, "note");
		for (int i = 0; i < noteElements.getLength(); i++) {
			notes.add(((Element) noteElements.item(i)).getAttribute("category") + ": " + noteElements.item(i).getTextContent());
		}
		assertThat(notes).contains("suggestion: 建議 <b>&</b> 譯文", "comment: 用語");
		// The notes come before the segment, as XLIFF 2.0's unit requires.
		assertThat(firstChildElement(unit)).isEqualTo("notes");
	}

	private static String firstChildElement(Element element) {
		for (var node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element child) {
				return child.getLocalName();
			}
		}
		return null;
	}

	private static String text(Element unit, String name) {
		return unit.getElementsByTagNameNS(TranslationReportsXliff.NAMESPACE, name).item(0).getTextContent();
	}

	/** RFC 4180, as a spreadsheet reads it. */
	private static List<List<String>> readCsv(String text) {
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					cell.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				row.add(cell.toString());
				cell.setLength(0);
			}
			else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
				row.add(cell.toString());
				cell.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
				i++;
			}
			else {
				cell.append(c);
			}
		}
		return rows;
	}

	private void post(String path, String... fields) {
		assertThat(send(this.http, form(path, fields).header("Accept", "application/json")).statusCode()).isEqualTo(201);
	}

	private HttpRequest.Builder get(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).GET();
	}

	private HttpRequest.Builder form(String path, String... fields) {
		StringBuilder body = new StringBuilder();
		for (int i = 0; i < fields.length; i += 2) {
			body.append(body.isEmpty() ? "" : "&").append(URLEncoder.encode(fields[i], StandardCharsets.UTF_8))
				.append('=').append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
		}
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString()));
	}

	private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
		try {
			return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
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
