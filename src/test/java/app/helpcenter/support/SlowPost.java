package app.helpcenter.support;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A form post whose headers and first bytes are sent at once and the rest only when asked: while it waits, the
 * help center is handling it (a request in flight).
 */
public final class SlowPost implements AutoCloseable {

	private final Socket socket;

	private final byte[] body;

	private final int sent;

	/** Sends the headers of a form post of {@code form} to {@code path} (JSON accepted) and its first bytes. */
	public SlowPost(int port, String path, String form, int sent) {
		this.body = form.getBytes(StandardCharsets.US_ASCII);
		this.sent = sent;
		try {
			this.socket = new Socket("127.0.0.1", port);
			this.socket.setSoTimeout(60_000);
			OutputStream out = this.socket.getOutputStream();
			out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n"
					+ "Content-Type: application/x-www-form-urlencoded\r\nAccept: application/json\r\n"
					+ "Connection: close\r\nContent-Length: " + this.body.length + "\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.write(this.body, 0, sent);
			out.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Sends the rest of the form. @return the whole answer, as text */
	public String finish() {
		try {
			OutputStream out = this.socket.getOutputStream();
			out.write(this.body, this.sent, this.body.length - this.sent);
			out.flush();
			return new String(this.socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() throws IOException {
		this.socket.close();
	}

}
