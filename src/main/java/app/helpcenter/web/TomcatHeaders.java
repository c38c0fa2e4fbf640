package app.helpcenter.web;

import java.nio.charset.StandardCharsets;

import org.apache.catalina.connector.Response;

/**
 * Adds response headers in the valves as bytes. Set as strings, Tomcat 11.0 encodes each header name and value
 * with a new {@code CharsetEncoder} for every response it writes: about 6 % of the CPU a prepared page's
 * request took (perf, while {@code bench/http.sh} ran).
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

	/**
	 * Sets a header that may be set already ({@code Cache-Control}, which every response starts with as
	 * {@code no-store}), replacing its value; {@code value} is ASCII.
	 */
	static void set(Response response, String name, String value) {
		byte[] valueBytes = value.getBytes(StandardCharsets.ISO_8859_1);
		response.getCoyoteResponse().getMimeHeaders().setValue(name).setBytes(valueBytes, 0, valueBytes.length);
	}

}
