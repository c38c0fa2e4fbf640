package app.helpcenter.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Sends a request line exactly as written, for requests an HTTP client library would refuse or normalize
 * (backslashes, raw {@code ..}, overlong UTF-8).
 */
public final class RawHttp {

	private RawHttp() {
	}

	public static Response send(int port, String method, String target, String... headerLines) {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(10_000);
			StringBuilder request = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: localhost\r\n");
			for (String header : headerLines) {
				request.append(header).append("\r\n");
			}
			request.append("Connection: close\r\n\r\n");
			OutputStream out = socket.getOutputStream();
			out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			return Response.parse(readAll(socket.getInputStream()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Sends up to {@code count} HEAD requests for {@code target} one after another on one connection.
	 * @return how many were answered before the server closed the connection or said it would
	 */
	public static int answeredOnOneConnection(int port, String target, int count) {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			InputStream in = socket.getInputStream();
			byte[] request = ("HEAD " + target + " HTTP/1.1\r\nHost: localhost\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
			for (int answered = 0; answered < count; answered++) {
				out.write(request);
				out.flush();
				String head = readHead(in);
				if (head == null) {
					return answered;
				}
				if (head.toLowerCase(Locale.ROOT).contains("\r\nconnection: close")) {
					return answered + 1;
				}
			}
			return count;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The status line and headers of one response without a body, or {@code null} at the end of the stream. */
	private static String readHead(InputStream in) throws IOException {
		ByteArrayOutputStream head = new ByteArrayOutputStream();
		int matched = 0;
		while (matched < 4) {
			int b = in.read();
			if (b < 0) {
				return null;
			}
			head.write(b);
			matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : ((b == '\r') ? 1 : 0);
		}
		return head.toString(StandardCharsets.ISO_8859_1);
	}

	private static String readAll(InputStream in) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		in.transferTo(bytes);
		return bytes.toString(StandardCharsets.UTF_8);
	}

	/**
	 * @param status the status code
	 * @param headers header values by lower-case name
	 * @param body the body, still chunk-encoded where the server chunked it
	 */
	public record Response(int status, Map<String, String> headers, String body) {

		static Response parse(String raw) {
			int headerEnd = raw.indexOf("\r\n\r\n");
			String[] lines = raw.substring(0, headerEnd).split("\r\n");
			Map<String, String> headers = new LinkedHashMap<>();
			for (int i = 1; i < lines.length; i++) {
				int colon = lines[i].indexOf(':');
				headers.put(lines[i].substring(0, colon).toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip());
			}
			return new Response(Integer.parseInt(lines[0].split(" ")[1]), headers, raw.substring(headerEnd + 4));
		}

	}

}
