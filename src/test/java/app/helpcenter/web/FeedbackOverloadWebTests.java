package app.helpcenter.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import app.helpcenter.support.AppProcess;
import app.helpcenter.support.SlowPost;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Posts over the number handled at once ({@code helpcenter.feedback.posts-at-once}, here 1) are answered 503 at
 * once, and the place is free again when the post that held it is answered. The post that holds it is a real
 * connection that sends its headers and only half of its form, so that the app is still reading it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "helpcenter.feedback.posts-at-once=1", "helpcenter.feedback.posts-per-client=1000",
				// The half-sent form stays silent for as long as the test needs, past the production 5 s.
				"server.tomcat.connection-timeout=2m" })
class FeedbackOverloadWebTests {

	private static final String FORM = "path=partner-center/unable-to-sign-in&helpful=yes";

	@LocalServerPort
	private int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) throws IOException {
		Path database = Files.createTempDirectory("feedback-overload-");
		registry.add("spring.datasource.url", () -> AppProcess.h2Url(database));
	}

	@Test
	void aPostOverThePlacesIsAnswered503UntilOneIsFree() throws Exception {
		assertThat(vote().statusCode()).isEqualTo(201);
		try (SlowPost slow = new SlowPost(this.port, "/zh-tw/feedback", FORM, 10)) {
			HttpResponse<String> refused = pollForRefusal();
			assertThat(refused.statusCode()).isEqualTo(503);
			assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
			assertThat(refused.body()).contains("\"error\":\"too-many\"");

			assertThat(slow.finish()).startsWith("HTTP/1.1 201");
		}
		assertThat(vote().statusCode()).isEqualTo(201);
	}

	/** Posts until one is refused: the slow post took the one place as soon as its headers were read. */
	private HttpResponse<String> pollForRefusal() {
		AtomicReference<HttpResponse<String>> refused = new AtomicReference<>();
		Awaitility.await("a post refused while the slow one holds the place")
			.atMost(Duration.ofSeconds(20))
			.pollInterval(Duration.ofMillis(20))
			.until(() -> {
				HttpResponse<String> answer = vote();
				refused.set(answer);
				return answer.statusCode() != 201;
			});
		return refused.get();
	}

	private HttpResponse<String> vote() throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/zh-tw/feedback"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(FORM))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
