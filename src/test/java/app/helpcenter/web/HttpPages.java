package app.helpcenter.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Fetches pages from the running application over real HTTP, without following redirects.
 */
final class HttpPages {

	private final HttpClient client = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final int port;

	HttpPages(int port) {
		this.port = port;
	}

	HttpResponse<String> get(String path, String... headers) {
		return send("GET", path, HttpResponse.BodyHandlers.ofString(), headers);
	}

	/** The body as the server sent it, compressed or not. */
	HttpResponse<byte[]> bytes(String method, String path, String... headers) {
		return send(method, path, HttpResponse.BodyHandlers.ofByteArray(), headers);
	}

	private <T> HttpResponse<T> send(String method, String path, HttpResponse.BodyHandler<T> body, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.timeout(Duration.ofSeconds(10))
			.method(method, HttpRequest.BodyPublishers.noBody())
			.header("Accept", "text/html");
		if (headers.length > 0) {
			request.headers(headers);
		}
		try {
			return this.client.send(request.build(), body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	Document page(String path, String... headers) {
		HttpResponse<String> response = get(path, headers);
		if (response.statusCode() != 200) {
			throw new AssertionError("GET " + path + " answered " + response.statusCode());
		}
		return Jsoup.parse(response.body(), response.uri().toString());
	}

}
