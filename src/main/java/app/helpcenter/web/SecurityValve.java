package app.helpcenter.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

/**
 * First stop of every request in Tomcat, so that its headers reach every response: pages, static files,
 * Spring's error pages and the 400 and 405 answers Tomcat gives before a request reaches Spring. Every
 * response starts as {@code Cache-Control: no-store}: only the responses that may be cached (article pages,
 * assets) say so, so an error, a redirect or a refusal is never kept by a shared cache. Requests whose path
 * carries traversal or encoding tricks, or whose parameters cannot be decoded, are refused with 400 here,
 * before anything decodes them.
 */
class SecurityValve extends ValveBase {

	private final String contentSecurityPolicy;

	private final BadRequestLog badRequests;

	/**
	 * @param imageOrigin the origin of the upstream site, whose images articles show
	 * @param badRequests where refused requests are logged
	 */
	SecurityValve(String imageOrigin, BadRequestLog badRequests) {
		super(true);
		this.contentSecurityPolicy = "default-src 'self'; img-src 'self' " + imageOrigin
				+ "; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";
		this.badRequests = badRequests;
	}

	@Override
	public void invoke(Request request, Response response) throws IOException, ServletException {
		TomcatHeaders.add(response, "Content-Security-Policy", this.contentSecurityPolicy);
		TomcatHeaders.add(response, "X-Content-Type-Options", "nosniff");
		TomcatHeaders.add(response, "Referrer-Policy", "strict-origin-when-cross-origin");
		TomcatHeaders.add(response, "Cache-Control", "no-store");
		if (request.isSecure()) {
			TomcatHeaders.add(response, "Strict-Transport-Security", "max-age=31536000");
		}
		String uri = request.getRequestURI();
		if (uri != null && isSuspicious(uri)) {
			this.badRequests.refused("path with traversal or encoding tricks", uri);
			response.sendError(HttpServletResponse.SC_BAD_REQUEST);
			return;
		}
		if (!hasDecodableParameters(request)) {
			this.badRequests.refused("parameters that cannot be decoded", request.getQueryString());
			response.sendError(HttpServletResponse.SC_BAD_REQUEST);
			return;
		}
		if (request.getMethod() != null && request.getMethod().toUpperCase(Locale.ROOT).equals("TRACE")) {
			response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
			return;
		}
		getNext().invoke(request, response);
	}

	/**
	 * Whether the request's parameters can be decoded. Tomcat decodes them when they are first read and
	 * throws if it cannot ({@code ?q=%zz}); read in a controller, that is a stack trace at ERROR for every such
	 * request. Only a query with an escape in it can fail, so others are not read here.
	 */
	private static boolean hasDecodableParameters(Request request) {
		String query = request.getQueryString();
		if (query == null || query.indexOf('%') < 0) {
			return true;
		}
		try {
			request.getParameterNames();
			return true;
		}
		catch (IllegalStateException ex) {
			return false;
		}
	}

	/**
	 * Path parameters, encoded dots, slashes and backslashes, double encoding, encoded NUL, raw backslashes
	 * and dot segments: no article URL has them, and each is a way to make a path mean something else after
	 * decoding. (A scan rather than a regular expression: it runs on every request.)
	 */
	static boolean isSuspicious(String path) {
		int length = path.length();
		for (int i = 0; i < length; i++) {
			char c = path.charAt(i);
			if (c == ';' || c == '\\') {
				return true;
			}
			if (c == '%' && i + 2 < length && isEncodedTrick(path.charAt(i + 1), path.charAt(i + 2))) {
				return true;
			}
			if (c == '/' && isDotSegment(path, i + 1)) {
				return true;
			}
		}
		return false;
	}

	/** {@code %2e}, {@code %2f}, {@code %5c}, {@code %25} and {@code %00}, in either case. */
	private static boolean isEncodedTrick(char high, char low) {
		char lower = Character.toLowerCase(low);
		return (high == '2' && (lower == 'e' || lower == 'f' || lower == '5')) || (high == '5' && lower == 'c')
				|| (high == '0' && lower == '0');
	}

	/** Whether {@code .} or {@code ..} starts at {@code start} and ends at a slash or the end of the path. */
	private static boolean isDotSegment(String path, int start) {
		int end = start;
		while (end < path.length() && end - start < 2 && path.charAt(end) == '.') {
			end++;
		}
		return end > start && (end == path.length() || path.charAt(end) == '/');
	}

}
