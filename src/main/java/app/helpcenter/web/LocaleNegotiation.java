package app.helpcenter.web;

import java.util.List;
import java.util.Locale;

import app.helpcenter.render.SiteLocales;

/**
 * Picks the served locale that best fits an {@code Accept-Language} header. A header that cannot be parsed
 * counts as absent: the default locale, never an error.
 */
final class LocaleNegotiation {

	private static final int MAX_HEADER_LENGTH = 512;

	private LocaleNegotiation() {
	}

	/**
	 * @param acceptLanguage the header, possibly {@code null} or malformed
	 * @param served the served URL prefixes ({@code zh-tw}, {@code en-us})
	 * @param defaultLocale what a request whose languages match none gets, when it is served; otherwise the source
	 * language (English), which is served last
	 */
	static String preferred(String acceptLanguage, List<String> served, String defaultLocale) {
		String fallback = served.contains(defaultLocale) ? defaultLocale
				: served.isEmpty() ? "" : served.get(served.size() - 1);
		if (acceptLanguage == null || acceptLanguage.isBlank() || acceptLanguage.length() > MAX_HEADER_LENGTH) {
			return fallback;
		}
		List<Locale.LanguageRange> ranges;
		try {
			ranges = Locale.LanguageRange.parse(acceptLanguage);
		}
		catch (IllegalArgumentException ex) {
			return fallback;
		}
		for (Locale.LanguageRange range : ranges) {
			if (range.getWeight() == 0) {
				continue;
			}
			String wanted = range.getRange().toLowerCase(Locale.ROOT);
			if (wanted.equals("*")) {
				return fallback;
			}
			String match = match(wanted, served);
			if (match != null) {
				return match;
			}
		}
		return fallback;
	}

	/**
	 * An exact match ({@code zh-tw}), else the same language and region, else the same language and script
	 * ({@code zh-HK} → {@code zh-tw}, {@code zh-SG} → {@code zh-cn}: Traditional and Simplified Chinese), else the
	 * first served locale of the same language ({@code zh} → {@code zh-tw}).
	 */
	private static String match(String wanted, List<String> served) {
		Locale wantedLocale = Locale.forLanguageTag(wanted);
		Locale wantedScript = Locale.forLanguageTag(SiteLocales.languageTag(wanted));
		for (String locale : served) {
			Locale servedLocale = Locale.forLanguageTag(locale);
			if (locale.equals(wanted) || (servedLocale.getLanguage().equals(wantedLocale.getLanguage())
					&& servedLocale.getCountry().equalsIgnoreCase(wantedLocale.getCountry()))) {
				return locale;
			}
		}
		if (!wantedScript.getScript().isEmpty()) {
			for (String locale : served) {
				Locale servedScript = Locale.forLanguageTag(SiteLocales.languageTag(locale));
				if (servedScript.getLanguage().equals(wantedScript.getLanguage())
						&& servedScript.getScript().equals(wantedScript.getScript())) {
					return locale;
				}
			}
		}
		for (String locale : served) {
			if (Locale.forLanguageTag(locale).getLanguage().equals(wantedLocale.getLanguage())) {
				return locale;
			}
		}
		return null;
	}

}
