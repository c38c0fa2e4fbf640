package app.helpcenter.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The access log, once turned on, has a line for the article pages a valve answers as for the others, and no
 * reader identifier: no address, no user agent.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "server.tomcat.accesslog.enabled=true", "server.tomcat.accesslog.buffered=false",
				"server.tomcat.accesslog.prefix=access", "server.tomcat.accesslog.suffix=.log" })
class AccessLogWebTests {

	private static Path folder;

	@LocalServerPort
	private int port;

	@DynamicPropertySource
	static void folder(DynamicPropertyRegistry registry) throws IOException {
		folder = Files.createTempDirectory("access-log-");
		registry.add("server.tomcat.accesslog.directory", folder::toString);
	}

	@Test
	void logsValveAnsweredPagesWithoutReaderIdentifiers() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		String page = "/zh-tw/partner-center/unable-to-sign-in";
		assertThat(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + page))
			.header("User-Agent", "reader-agent/1.0")
			.build(), HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);

		Awaitility.await("the page's line in the access log")
			.atMost(Duration.ofSeconds(10))
			.pollInterval(Duration.ofMillis(20))
			.until(() -> log().contains("\"GET " + page + " HTTP/1.1\" 200"));
		assertThat(log()).doesNotContain("127.0.0.1").doesNotContain("reader-agent");
	}

	private static String log() {
		try (Stream<Path> files = Files.list(folder)) {
			StringBuilder text = new StringBuilder();
			for (Path file : files.toList()) {
				text.append(Files.readString(file));
			}
			return text.toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
