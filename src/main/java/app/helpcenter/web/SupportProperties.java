package app.helpcenter.web;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where a reader whom an article did not help can turn next: the "Still need help?" box at the end of every
 * article, per locale of the site ({@code helpcenter.support.routes.zh-tw.phone-url=...}). A locale without
 * routes of its own uses those of {@code fallback-locale}; with neither, articles show no box.
 *
 * @param routes the contact routes by locale folder name ({@code zh-tw}, {@code en-us})
 * @param fallbackLocale whose routes a locale without its own uses
 */
@Validated
@ConfigurationProperties("helpcenter.support")
public record SupportProperties(@NotNull @DefaultValue Map<String, @Valid Route> routes,
		@NotNull @DefaultValue("en-us") String fallbackLocale) {

	public SupportProperties {
		Map<String, Route> byLocale = new TreeMap<>();
		routes.forEach((locale, route) -> byLocale.put(locale.toLowerCase(Locale.ROOT), route));
		routes = Map.copyOf(byLocale);
	}

	/** The routes shown on the pages of a locale, or {@code null} when there are none. */
	public Route routeFor(String locale) {
		Route route = this.routes.get(locale);
		return (route != null) ? route : this.routes.get(this.fallbackLocale);
	}

	/**
	 * One locale's contact routes; each is optional, and a route without any is not shown.
	 *
	 * @param phoneUrl a page listing the support phone numbers
	 * @param formUrl a support request form
	 * @param hours when people answer, as text in the locale's language
	 */
	public record Route(@Pattern(regexp = "https?://\\S+", message = "must be an http or https URL") String phoneUrl,
			@Pattern(regexp = "https?://\\S+", message = "must be an http or https URL") String formUrl,
			@Size(max = 300) String hours) {

		public boolean isEmpty() {
			return isBlank(this.phoneUrl) && isBlank(this.formUrl) && isBlank(this.hours);
		}

		private static boolean isBlank(String text) {
			return text == null || text.isBlank();
		}

	}

}
