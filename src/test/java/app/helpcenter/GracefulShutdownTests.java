package app.helpcenter;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.helpcenter.support.AppProcess;
import app.helpcenter.support.SlowPost;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stopping the help center ({@code kill}, SIGTERM, as an orchestrator does) lets a request in flight finish: a
 * feedback post whose form is still arriving when the signal comes is received, kept and answered, and only then
 * does the process end, having said that readers were turned away first.
 */
class GracefulShutdownTests {

	private static final String FORM = "path=partner-center/unable-to-sign-in&helpful=no&comment=in-flight";

	@Test
	void aRequestInFlightFinishesBeforeTheProcessEnds(@TempDir Path work) throws IOException {
		try (AppProcess app = AppProcess.start(work.resolve("app.log"), List.of(),
				"--logging.level.org.springframework.boot=info",
				"--logging.level.org.springframework.boot.availability=debug",
				// One post at a time: another post refused 503 shows that the slow one is in flight.
				"--helpcenter.feedback.posts-at-once=1", "--helpcenter.feedback.posts-per-client=1000",
				// The half-sent form stays silent for as long as the test needs, past the production 5 s.
				"--server.tomcat.connection-timeout=2m")) {
			// Ready, so that a post refused 503 can only be refused for the post in flight.
			app.awaitReady(Duration.ofMinutes(2));
			try (SlowPost slow = new SlowPost(app.port(), "/zh-tw/feedback", FORM, 20)) {
				HttpClient http = HttpClient.newHttpClient();
				HttpRequest another = HttpRequest
					.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/zh-tw/feedback"))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.header("Accept", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString("path=partner-center/unable-to-sign-in&helpful=yes"))
					.build();
				Awaitility.await("the slow post to be in flight")
					.atMost(Duration.ofSeconds(30))
					.pollInterval(Duration.ofMillis(20))
					.until(() -> http.send(another, HttpResponse.BodyHandlers.discarding()).statusCode() == 503);
				app.terminate();
				app.await(() -> app.output().contains("Commencing graceful shutdown"), Duration.ofSeconds(30),
						"the graceful shutdown to begin");
				assertThat(app.awaitExit(Duration.ofMillis(500))).as("ended with a request in flight").isFalse();

				assertThat(slow.finish()).startsWith("HTTP/1.1 201");
			}
			assertThat(app.awaitExit(Duration.ofSeconds(60))).as("ended once the request was answered").isTrue();
			String log = app.output();
			assertThat(log).contains("Graceful shutdown complete");
			assertThat(log.indexOf("REFUSING_TRAFFIC")).as("readiness went down before requests were waited for")
				.isPositive()
				.isLessThan(log.indexOf("Commencing graceful shutdown"));
		}
	}

}
