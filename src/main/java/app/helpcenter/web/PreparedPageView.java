package app.helpcenter.web;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.View;

import app.helpcenter.site.ResponseBytes;

/**
 * Writes a prepared response (an article page, a search page, suggestions): gzip when the client accepts it, {@code 304 Not Modified} when its
 * {@code If-None-Match} names the current version, and the same caching headers for every reader.
 */
final class PreparedPageView implements View {

	static final String HTML = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8";

	private final ResponseBytes prepared;

	private final String cacheControl;

	private final String contentType;

	PreparedPageView(ResponseBytes prepared, String cacheControl) {
		this(prepared, cacheControl, HTML);
	}

	PreparedPageView(ResponseBytes prepared, String cacheControl, String contentType) {
		this.prepared = prepared;
		this.cacheControl = cacheControl;
		this.contentType = contentType;
	}

	@Override
	public String getContentType() {
		return this.contentType;
	}

	@Override
	public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		write(request, response);
	}

	void write(HttpServletRequest request, HttpServletResponse response) throws IOException {
		write(request, response, (name, value) -> {
			if (name.equals(HttpHeaders.CONTENT_TYPE)) {
				response.setContentType(value);
			}
			else {
				response.setHeader(name, value);
			}
		});
	}

	/**
	 * Writes the response, its headers through {@code headers} (the servlet API, or Tomcat's own header list
	 * for {@link PreparedPageValve}); every header but {@code Content-Length} goes there.
	 */
	void write(HttpServletRequest request, HttpServletResponse response, BiConsumer<String, String> headers)
			throws IOException {
		boolean gzip = acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
		String etag = gzip ? this.prepared.gzipEtag() : this.prepared.etag();
		headers.accept(HttpHeaders.ETAG, etag);
		headers.accept(HttpHeaders.CACHE_CONTROL, this.cacheControl);
		headers.accept(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH))) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		headers.accept(HttpHeaders.CONTENT_TYPE, this.contentType);
		boolean head = "HEAD".equals(request.getMethod());
		if (gzip) {
			headers.accept(HttpHeaders.CONTENT_ENCODING, "gzip");
			ByteBuffer body = this.prepared.gzip();
			response.setContentLength(body.remaining());
			if (!head) {
				// Copied out of the mapping: Tomcat writes a byte array faster than a buffer (bench/http.sh:
				// 29,300 against 23,500 requests/s for the seed page).
				byte[] bytes = new byte[body.remaining()];
				body.get(bytes);
				response.getOutputStream().write(bytes);
			}
		}
		else {
			response.setContentLength(this.prepared.htmlLength());
			if (!head) {
				response.getOutputStream().write(this.prepared.html());
			}
		}
	}

	/** Whether any ETag in {@code If-None-Match} is a version of this page (weak comparison, as RFC 9110 says). */
	private boolean matches(String ifNoneMatch) {
		if (ifNoneMatch == null) {
			return false;
		}
		for (String tag : ifNoneMatch.split(",")) {
			String candidate = tag.strip();
			if (candidate.startsWith("W/")) {
				candidate = candidate.substring(2);
			}
			if (candidate.equals("*") || candidate.equals(this.prepared.etag())
					|| candidate.equals(this.prepared.gzipEtag())) {
				return true;
			}
		}
		return false;
	}

	static boolean acceptsGzip(String acceptEncoding) {
		if (acceptEncoding == null) {
			return false;
		}
		for (String coding : acceptEncoding.split(",")) {
			String[] parts = coding.split(";");
			String name = parts[0].strip().toLowerCase(Locale.ROOT);
			boolean refused = parts.length > 1 && parts[1].replace(" ", "").matches("q=0(\\.0*)?");
			if ((name.equals("gzip") || name.equals("x-gzip")) && !refused) {
				return true;
			}
		}
		return false;
	}

}
