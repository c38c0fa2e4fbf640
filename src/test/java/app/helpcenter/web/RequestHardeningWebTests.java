package app.helpcenter.web;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import app.helpcenter.support.RawHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile requests against the bundled content over real HTTP: traversal and encoding tricks, odd methods
 * and headers. Every answer is a 2xx, 3xx, 400, 404 or 405 with the security headers, never file contents,
 * never a 500, never a stack trace.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "server.forward-headers-strategy=native")
@ExtendWith(OutputCaptureExtension.class)
class RequestHardeningWebTests {

	private static final String SEED = "/zh-tw/partner-center/unable-to-sign-in";

	private static final List<String> TRAVERSALS = List.of("/zh-tw/../../../../etc/passwd", "/zh-tw/..%2f..%2fetc%2fpasswd",
			"/zh-tw/%2e%2e/%2e%2e/etc/passwd", "/zh-tw/%2E%2E%2Fpom.xml", "/zh-tw/..%5c..%5cpom.xml",
			"/zh-tw/..\\..\\pom.xml", "/zh-tw/partner-center/unable-to-sign-in%00.md", "/zh-tw/%252e%252e/pom.xml",
			"/zh-tw/%c0%ae%c0%ae/%c0%afetc/passwd", "/zh-tw/%e0%80%ae%e0%80%ae/pom.xml",
			"/zh-tw/partner-center;jsessionid=x/unable-to-sign-in", "/zh-tw/partner-center/unable-to-sign-in;.md",
			"/zh-tw/./partner-center/unable-to-sign-in", "/zh-tw//etc/passwd", "/zh-tw/%zz", "/zh-tw/a|b",
			"/../pom.xml", "/content/zh-tw/partner-center/unable-to-sign-in.md", "/src/main/resources/application.properties",
			"/zh-tw/partner-center/unable-to-sign-in.md/../../../pom.xml", "/ZH-TW/..%2F", "/%2e%2e/%2e%2e/etc/passwd");

	@LocalServerPort
	private int port;

	@Test
	void refusesTraversalAndEncodingTricks(CapturedOutput output) {
		for (String target : TRAVERSALS) {
			RawHttp.Response response = RawHttp.send(this.port, "GET", target, "Accept: text/html");
			assertThat(response.status()).as(target).isIn(400, 404);
			assertThat(response.body()).as(target)
				.doesNotContain("root:x:", "<artifactId>", "helpcenter.content", "data-ttu-id", "Exception", "at app.",
						"Tomcat/");
			assertSecurityHeaders(response, target);
		}
		// Requests Tomcat refuses before they reach the application (a backslash in the request line) go through the
		// valves without an application context: no valve may fail on them.
		assertThat(output.getAll()).doesNotContain("Error processing request", "NullPointerException");
	}

	@Test
	void putsSecurityHeadersOnEveryKindOfResponse() {
		assertSecurityHeaders(RawHttp.send(this.port, "GET", "/zh-tw/partner-center/unable-to-sign-in"), "page");
		assertSecurityHeaders(RawHttp.send(this.port, "GET", "/assets/site.css"), "static file");
		assertSecurityHeaders(RawHttp.send(this.port, "GET", "/"), "redirect");
		assertSecurityHeaders(RawHttp.send(this.port, "GET", "/zh-tw/nope", "Accept: text/html"), "404 page");
		assertSecurityHeaders(RawHttp.send(this.port, "GET", "/zh-tw/nope", "Accept: application/json"), "404 JSON");
		assertSecurityHeaders(RawHttp.send(this.port, "GET", "/zh-tw/%zz"), "Tomcat 400");
	}

	/**
	 * Requests Tomcat has already decided to refuse pass through the valves with the error status set; the
	 * prepared-page valve must not answer them with the article and its caching headers, or a shared cache
	 * would serve the error for the article to everyone.
	 */
	@Test
	void neverAnswersARefusedRequestWithACacheablePage() {
		Map<String, Integer> refused = Map.of("X-Large: " + "a".repeat(9000), 400, "Expect: something-else", 417,
				"Transfer-Encoding: unknown-coding", 501);
		refused.forEach((header, status) -> {
			for (String target : List.of(SEED, SEED + "?view=bilingual", "/zh-tw/nope")) {
				RawHttp.Response response = RawHttp.send(this.port, "GET", target, header, "Accept-Encoding: gzip");
				String what = header.substring(0, Math.min(30, header.length())) + " " + target;
				assertThat(response.status()).as(what).isEqualTo(status);
				assertThat(response.headers()).as(what).doesNotContainKey("etag")
					.doesNotContainKey("content-encoding")
					.containsEntry("cache-control", "no-store");
				assertThat(response.body()).as(what).doesNotContain("data-seg", "article-body");
			}
		});
	}

	@Test
	void letsOnlyPagesAndAssetsBeCached() {
		assertThat(RawHttp.send(this.port, "GET", SEED).headers().get("cache-control")).startsWith("public, max-age=");
		assertThat(RawHttp.send(this.port, "GET", SEED, "If-None-Match: *").headers().get("cache-control"))
			.startsWith("public, max-age=");
		for (String target : List.of("/zh-tw/nope", "/zh-tw/partner-center/unable-to-sign-in.md", "/ZH-TW/", "/",
				"/zh-tw/%zz", "/zh-tw/search?q=%zz", "/zh-tw/..%2f")) {
			RawHttp.Response response = RawHttp.send(this.port, "GET", target, "Accept: text/html");
			assertThat(response.status()).as(target).isNotEqualTo(200);
			assertThat(response.headers()).as(target).containsEntry("cache-control", "no-store").doesNotContainKey("etag");
		}
	}

	@Test
	void logsRefusedRequestsAtMostOnceASecondWithoutStackTraces(CapturedOutput output) {
		int requests = 30;
		long start = System.nanoTime();
		for (int i = 0; i < requests; i++) {
			assertThat(RawHttp.send(this.port, "POST", SEED, "Content-Length: 0").status()).isEqualTo(405);
			assertThat(RawHttp.send(this.port, "GET", "/zh-tw/..%2f" + i).status()).isEqualTo(400);
		}
		// Another test may have just had this second's line: go on refusing until a line comes (a bounded poll).
		long deadline = System.nanoTime() + 10_000_000_000L;
		while (!output.getAll().contains("Bad request refused") && System.nanoTime() < deadline) {
			RawHttp.send(this.port, "POST", SEED, "Content-Length: 0");
		}
		long seconds = (System.nanoTime() - start) / 1_000_000_000L;
		List<String> lines = output.getAll().lines().filter((line) -> line.contains("Bad request refused")).toList();
		assertThat(lines).isNotEmpty().hasSizeLessThanOrEqualTo((int) seconds + 1);
		assertThat(output.getAll()).doesNotContain("DefaultHandlerExceptionResolver", "\tat org.");
	}

	@Test
	void refusesTrace() {
		RawHttp.Response response = RawHttp.send(this.port, "TRACE", "/zh-tw/", "X-Secret: 1");
		assertThat(response.status()).isEqualTo(405);
		assertThat(response.body()).doesNotContain("X-Secret");
		assertSecurityHeaders(response, "TRACE");
	}

	@Test
	void sendsHstsOnlyOverHttps() {
		assertThat(RawHttp.send(this.port, "GET", "/zh-tw/").headers()).doesNotContainKey("strict-transport-security");
		assertThat(RawHttp.send(this.port, "GET", "/zh-tw/", "X-Forwarded-Proto: https").headers())
			.containsEntry("strict-transport-security", "max-age=31536000");
	}

	@Test
	void answersHostileLanguageHeadersWithTheDefault() {
		for (String header : List.of("Accept-Language: ;;;", "Accept-Language: zh-TW;q=abc",
				"Accept-Language: " + "x".repeat(4000), "Accept-Language: ../../etc", "Accept-Language: *;q=0.5, {x}",
				"Accept-Language: \u00ff\u00fe")) {
			RawHttp.Response page = RawHttp.send(this.port, "GET", "/zh-tw/partner-center/unable-to-sign-in", header);
			assertThat(page.status()).as(header).isEqualTo(200);
			RawHttp.Response root = RawHttp.send(this.port, "GET", "/", header);
			assertThat(root.status()).as(header).isEqualTo(302);
			// helpcenter.default-locale: English unless set.
			assertThat(root.headers()).as(header).containsEntry("location", "/en-us/");
		}
	}

	@Test
	void answersServerErrorsWithAPageThatTellsNothing() {
		RawHttp.Response response = RawHttp.send(this.port, "GET", "/test-failure", "Accept: text/html",
				"Accept-Language: zh-TW");
		assertThat(response.status()).isEqualTo(500);
		assertThat(response.body()).contains("發生錯誤")
			.doesNotContain("IllegalStateException", "secret detail", "at app.", "Tomcat/", "Whitelabel");
		assertThat(response.headers()).containsKey("content-security-policy");
	}

	/** A handler that fails, to see what a reader gets from a 500. */
	@TestConfiguration
	@Import(FailingController.Failing.class)
	static class FailingController {

		@Controller
		static class Failing {

			@GetMapping("/test-failure")
			String fail() {
				throw new IllegalStateException("secret detail");
			}

		}

	}

	private static void assertSecurityHeaders(RawHttp.Response response, String what) {
		assertThat(response.headers()).as(what)
			.containsEntry("content-security-policy",
					"default-src 'self'; img-src 'self' https://learn.microsoft.com; object-src 'none'; "
							+ "base-uri 'none'; frame-ancestors 'none'; form-action 'self'")
			.containsEntry("x-content-type-options", "nosniff")
			.containsEntry("referrer-policy", "strict-origin-when-cross-origin");
		assertThat(response.status()).as(what).isNotEqualTo(500);
	}

}
