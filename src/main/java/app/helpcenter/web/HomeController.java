package app.helpcenter.web;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import app.helpcenter.site.SiteSnapshot;

/**
 * The site root sends readers to the home page in their language.
 */
@Controller
class HomeController {

	private final SiteLocaleResolver locales;

	HomeController(SiteLocaleResolver locales) {
		this.locales = locales;
	}

	@GetMapping("/")
	ResponseEntity<Void> root(SiteSnapshot site, HttpServletRequest request) {
		if (site.isPlaceholder()) {
			throw new StillPreparingException();
		}
		if (site.locales().isEmpty()) {
			throw new ArticleNotFoundException();
		}
		String locale = this.locales.siteLocale(request, site);
		return ResponseEntity.status(HttpStatus.FOUND)
			.location(URI.create("/" + locale + "/"))
			.header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
			.build();
	}

}
