package app.helpcenter.web;

import java.nio.charset.StandardCharsets;

import org.apache.catalina.connector.Response;

/**
 * Adds response headers in the valves as bytes. Set as strings, Tomcat 11.0 encodes each header name and value
 * with a new {@code CharsetEncoder} for every response it writes, which was about a tenth of the time a
 * prepared page's request took ({@code bench/http.sh}, profiled with perf).
 */
final class TomcatHeaders {

	private TomcatHeaders() {
	}

	/**
	 * Adds a header that is not set yet; {@code name} and {@code value} are ASCII.
	 */
	static void add(Response response, String name, String value) {
		byte[] nameBytes = name.getBytes(StandardCharsets.ISO_8859_1);
		byte[] valueBytes = value.getBytes(StandardCharsets.ISO_8859_1);
		response.getCoyoteResponse()
			.getMimeHeaders()
			.addValue(nameBytes, 0, nameBytes.length)
			.setBytes(valueBytes, 0, valueBytes.length);
	}

}
