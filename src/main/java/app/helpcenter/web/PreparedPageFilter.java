package app.helpcenter.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers a GET or HEAD for an article page's exact URL straight from its prepared response, before Spring
 * MVC's dispatch: a lookup and a write. Everything else (other URLs, other methods, variants of an article
 * URL that need a redirect or a 404) goes on to the controllers, which serve the same prepared responses.
 */
final class PreparedPageFilter extends OncePerRequestFilter {

	private final PreparedPages prepared;

	private final String cacheControl;

	PreparedPageFilter(PreparedPages prepared, String cacheControl) {
		this.prepared = prepared;
		this.cacheControl = cacheControl;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String method = request.getMethod();
		PreparedPages.Prepared page = ("GET".equals(method) || "HEAD".equals(method))
				? this.prepared.get(url(request)) : null;
		if (page == null) {
			chain.doFilter(request, response);
			return;
		}
		new PreparedPageView(page, this.cacheControl).write(request, response);
	}

	private static String url(HttpServletRequest request) {
		String query = request.getQueryString();
		return (query == null) ? request.getRequestURI() : request.getRequestURI() + "?" + query;
	}

}
