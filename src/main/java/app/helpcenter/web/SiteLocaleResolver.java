package app.helpcenter.web;

import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.LocaleResolver;

import app.helpcenter.site.SiteSnapshot;
import app.helpcenter.render.SiteLocales;

/**
 * The interface language of a request: the locale in its path ({@code /zh-tw/...}) when that locale is
 * served, otherwise the best fit for {@code Accept-Language}. Error pages use the path of the request that
 * failed, so a missing {@code /zh-tw/} article gets a Chinese 404 page.
 */
class SiteLocaleResolver implements LocaleResolver {

	private final String defaultLocale;

	/** @param defaultLocale the locale for requests whose languages match none ({@code helpcenter.default-locale}) */
	SiteLocaleResolver(String defaultLocale) {
		this.defaultLocale = defaultLocale;
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		return SiteLocales.locale(siteLocale(request, SiteRequests.snapshot(request)));
	}

	/** The served URL prefix whose language the request is answered in. */
	String siteLocale(HttpServletRequest request, SiteSnapshot pages) {
		Object failedUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String uri = (failedUri instanceof String text) ? text : request.getRequestURI();
		String prefix = firstSegment(uri).toLowerCase(Locale.ROOT);
		if (pages.isLocale(prefix)) {
			return prefix;
		}
		return LocaleNegotiation.preferred(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE), pages.locales(),
				this.defaultLocale);
	}

	private static String firstSegment(String uri) {
		if (uri == null || !uri.startsWith("/")) {
			return "";
		}
		int end = uri.indexOf('/', 1);
		return (end < 0) ? uri.substring(1) : uri.substring(1, end);
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		throw new UnsupportedOperationException("The interface language follows the URL");
	}

}
