package app.helpcenter.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.web.ErrorResponse;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Logs the requests Spring MVC refuses as the client's fault (a method not allowed, a parameter of the wrong
 * type...) through the {@link BadRequestLog}, before Spring's own resolvers answer them. Spring logs each of
 * them at WARN otherwise, one line per request however many arrive; that logger is turned down in
 * {@code application.properties}.
 */
final class BadRequestLogging implements HandlerExceptionResolver, Ordered {

	private final BadRequestLog log;

	BadRequestLogging(BadRequestLog log) {
		this.log = log;
	}

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		// A page that is not there (a 404) is a reader's mistyped address or a browser's favicon, not a bad request.
		if (ex instanceof ErrorResponse error && error.getStatusCode().is4xxClientError()
				&& error.getStatusCode().value() != 404) {
			this.log.refused(ex.getClass().getSimpleName(), request.getMethod() + " " + request.getRequestURI());
		}
		return null;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
