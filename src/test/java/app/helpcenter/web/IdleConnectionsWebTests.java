package app.helpcenter.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The bare app's own limits for slow and idle clients, as shipped in {@code application.properties}: a request
 * head that goes silent is cut after 5 s and an idle kept-alive connection after 15 s, where Tomcat's defaults
 * keep both for 60 s. Each socket gives up after 40 s, well before Tomcat's defaults would close it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class IdleConnectionsWebTests {

	private static final int GIVE_UP_MILLIS = 40_000;

	@LocalServerPort
	private int port;

	@Test
	void silentRequestHeadsAndIdleConnectionsAreClosed() throws IOException {
		try (Socket halfSent = new Socket("127.0.0.1", this.port); Socket idle = new Socket("127.0.0.1", this.port)) {
			send(halfSent, "GET /zh-tw/partner-center/unable-to-sign-in HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: 1\r\n");
			send(idle, "HEAD /zh-tw/partner-center/unable-to-sign-in HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
			String answer = readUntilClosed(idle);
			assertThat(answer).startsWith("HTTP/1.1 200");
			assertThat(answer.toLowerCase()).doesNotContain("connection: close");

			assertThat(readUntilClosed(halfSent)).as("what the app answered a head it never finished")
				.satisfiesAnyOf((text) -> assertThat(text).isEmpty(),
						(text) -> assertThat(text).startsWith("HTTP/1.1 408"));
		}
	}

	private static void send(Socket socket, String text) throws IOException {
		socket.setSoTimeout(GIVE_UP_MILLIS);
		OutputStream out = socket.getOutputStream();
		out.write(text.getBytes(StandardCharsets.US_ASCII));
		out.flush();
	}

	/** Reads what the app sends until it closes the connection; fails if it is still open after 40 s of silence. */
	private static String readUntilClosed(Socket socket) throws IOException {
		InputStream in = socket.getInputStream();
		StringBuilder text = new StringBuilder();
		byte[] buffer = new byte[4096];
		try {
			for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
				text.append(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
			}
		}
		catch (SocketTimeoutException ex) {
			fail("the app kept a connection open for 40 s; it had answered: " + text);
		}
		return text.toString();
	}

}
