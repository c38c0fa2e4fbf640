package app.helpcenter.web;

import java.io.IOException;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

/**
 * First stop of every request in Tomcat, so that its headers reach every response: pages, static files,
 * Spring's error pages and the 400 and 405 answers Tomcat gives before a request reaches Spring. Requests
 * whose path carries traversal or encoding tricks are refused with 400 here, before anything decodes them.
 */
class SecurityValve extends ValveBase {

	/**
	 * Path parameters, encoded dots, slashes and backslashes, double encoding and raw backslashes: no article
	 * URL has them, and each is a way to make a path mean something else after decoding.
	 */
	private static final Pattern SUSPICIOUS_PATH = Pattern.compile(";|%2e|%2f|%5c|%25|%00|\\\\|/\\.\\.?(/|$)",
			Pattern.CASE_INSENSITIVE);

	private final String contentSecurityPolicy;

	/**
	 * @param imageOrigin the origin of the upstream site, whose images articles show
	 */
	SecurityValve(String imageOrigin) {
		super(true);
		this.contentSecurityPolicy = "default-src 'self'; img-src 'self' " + imageOrigin
				+ "; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";
	}

	@Override
	public void invoke(Request request, Response response) throws IOException, ServletException {
		response.setHeader("Content-Security-Policy", this.contentSecurityPolicy);
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
		if (request.isSecure()) {
			response.setHeader("Strict-Transport-Security", "max-age=31536000");
		}
		String uri = request.getRequestURI();
		if (uri != null && SUSPICIOUS_PATH.matcher(uri).find()) {
			response.sendError(HttpServletResponse.SC_BAD_REQUEST);
			return;
		}
		if (request.getMethod() != null && request.getMethod().toUpperCase(Locale.ROOT).equals("TRACE")) {
			response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
			return;
		}
		getNext().invoke(request, response);
	}

}
