package app.helpcenter.web;

import java.net.URI;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Whether a post was sent by a page of another site (cross-site request forgery), from what browsers say of
 * every request they send: {@code Sec-Fetch-Site} where they send it (every current browser), otherwise
 * {@code Origin} compared with the {@code Host} the request was sent to. A request with neither is not a
 * current browser's: a script, which another site cannot make a reader's browser send.
 *
 * <p>
 * No token: article pages are the same bytes for every reader (any proxy may cache them, and no cookie is
 * set), so there is nothing per reader to put a token in. These headers are set by the browser and cannot be
 * set by the page's script (they are forbidden header names).
 */
final class CrossSitePosts {

	private CrossSitePosts() {
	}

	static boolean isCrossSite(HttpServletRequest request) {
		String site = request.getHeader("Sec-Fetch-Site");
		if (site != null) {
			String value = site.strip().toLowerCase(Locale.ROOT);
			return !value.equals("same-origin") && !value.equals("none");
		}
		String origin = request.getHeader("Origin");
		if (origin == null) {
			return false;
		}
		String host = request.getHeader("Host");
		if (host == null || origin.equals("null")) {
			return true;
		}
		try {
			String authority = URI.create(origin.strip()).getRawAuthority();
			return authority == null || !authority.equalsIgnoreCase(host.strip());
		}
		catch (IllegalArgumentException ex) {
			return true;
		}
	}

}
