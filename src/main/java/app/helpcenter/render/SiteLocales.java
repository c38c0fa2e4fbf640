package app.helpcenter.render;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns a locale folder name ({@code zh-tw}) into the tags a page needs.
 */
public final class SiteLocales {

	private SiteLocales() {
	}

	private static final Map<String, String> TAGS = new ConcurrentHashMap<>();

	private static final Map<String, String> NAMES = new ConcurrentHashMap<>();

	/** The interface locale, for messages and date formats ({@code zh-TW}). */
	public static Locale locale(String folder) {
		return Locale.forLanguageTag(folder);
	}

	/**
	 * The language tag for {@code lang} and {@code hreflang}. Chinese names its script, because readers in
	 * Taiwan and Hong Kong read Traditional characters and readers in China Simplified ones.
	 */
	public static String languageTag(String folder) {
		return TAGS.computeIfAbsent(folder, SiteLocales::tagOf);
	}

	private static String tagOf(String folder) {
		Locale locale = locale(folder);
		if (locale.getLanguage().equals("zh") && locale.getScript().isEmpty()) {
			String script = switch (locale.getCountry()) {
				case "TW", "HK", "MO" -> "Hant";
				case "CN", "SG" -> "Hans";
				default -> "";
			};
			if (!script.isEmpty()) {
				return new Locale.Builder().setLocale(locale).setScript(script).build().toLanguageTag();
			}
		}
		return locale.toLanguageTag();
	}

	/**
	 * The name of the language in that language, as a language switch shows it: Chinese by its script
	 * ({@code 繁體中文}, {@code 简体中文}), as readers choose between them; others as the JDK names them, capitalized
	 * ({@code 日本語}, {@code English}, {@code Français}).
	 */
	public static String languageName(String folder) {
		return NAMES.computeIfAbsent(folder, SiteLocales::nameOf);
	}

	private static String nameOf(String folder) {
		Locale locale = Locale.forLanguageTag(languageTag(folder));
		if (locale.getLanguage().equals("zh")) {
			switch (locale.getScript()) {
				case "Hant":
					return "繁體中文";
				case "Hans":
					return "简体中文";
				default:
					break;
			}
		}
		String name = locale.getDisplayLanguage(locale);
		return name.isEmpty() ? folder : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
	}

}
