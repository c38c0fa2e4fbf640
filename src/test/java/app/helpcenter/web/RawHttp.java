package app.helpcenter.web;

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
final class RawHttp {

	private RawHttp() {
	}

	static Response send(int port, String method, String target, String... headerLines) {
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
	record Response(int status, Map<String, String> headers, String body) {

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
