package app.helpcenter;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.helpcenter.support.AppProcess;

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
				"--logging.level.org.springframework.boot.availability=debug")) {
			app.awaitAnswering(Duration.ofMinutes(2));
			try (Socket slow = new Socket("127.0.0.1", app.port())) {
				slow.setSoTimeout(60_000);
				OutputStream out = slow.getOutputStream();
				byte[] body = FORM.getBytes(StandardCharsets.US_ASCII);
				out.write(("POST /zh-tw/feedback HTTP/1.1\r\nHost: 127.0.0.1:" + app.port() + "\r\n"
						+ "Content-Type: application/x-www-form-urlencoded\r\nAccept: application/json\r\n"
						+ "Connection: close\r\nContent-Length: " + body.length + "\r\n\r\n")
					.getBytes(StandardCharsets.US_ASCII));
				out.write(body, 0, 20);
				out.flush();

				app.terminate();
				app.await(() -> app.output().contains("Commencing graceful shutdown"), Duration.ofSeconds(30),
						"the graceful shutdown to begin");
				assertThat(app.awaitExit(Duration.ofMillis(500))).as("ended with a request in flight").isFalse();

				out.write(body, 20, body.length - 20);
				out.flush();
				InputStream in = slow.getInputStream();
				assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).startsWith("HTTP/1.1 201");
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
