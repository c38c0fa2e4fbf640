package app.helpcenter.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LocaleNegotiationTests {

	private static final List<String> SERVED = List.of("zh-tw", "en-us");

	@Test
	void fallsBackToTheDefaultWithoutAUsableHeader() {
		assertThat(LocaleNegotiation.preferred(null, SERVED, "zh-tw")).isEqualTo("zh-tw");
		assertThat(LocaleNegotiation.preferred("", SERVED, "zh-tw")).isEqualTo("zh-tw");
		assertThat(LocaleNegotiation.preferred("*", SERVED, "zh-tw")).isEqualTo("zh-tw");
		assertThat(LocaleNegotiation.preferred("q=1;;en", SERVED, "zh-tw")).isEqualTo("zh-tw");
		assertThat(LocaleNegotiation.preferred("en-US\r\nX-Injected: 1", SERVED, "zh-tw")).isEqualTo("zh-tw");
		assertThat(LocaleNegotiation.preferred("en-" + "x".repeat(600), SERVED, "zh-tw")).isEqualTo("zh-tw");
	}

	@Test
	void picksExactMatchFirst() {
		assertThat(LocaleNegotiation.preferred("en-US", SERVED, "zh-tw")).isEqualTo("en-us");
		assertThat(LocaleNegotiation.preferred("zh-TW,en;q=0.9", SERVED, "zh-tw")).isEqualTo("zh-tw");
	}

	@Test
	void matchesByLanguageWhenTheRegionDiffers() {
		assertThat(LocaleNegotiation.preferred("en-AU", SERVED, "zh-tw")).isEqualTo("en-us");
		assertThat(LocaleNegotiation.preferred("zh-HK", SERVED, "zh-tw")).isEqualTo("zh-tw");
		assertThat(LocaleNegotiation.preferred("zh", SERVED, "zh-tw")).isEqualTo("zh-tw");
	}

	@Test
	void followsQualityOrderAndSkipsRefusedLanguages() {
		assertThat(LocaleNegotiation.preferred("fr;q=1, en;q=0.5, zh;q=0.1", SERVED, "zh-tw")).isEqualTo("en-us");
		assertThat(LocaleNegotiation.preferred("zh;q=0, en;q=0.2", SERVED, "zh-tw")).isEqualTo("en-us");
	}

	@Test
	void givesABrowserWhoseLanguagesAreNotServedTheDefaultLocaleOrElseEnglish() {
		List<String> served = List.of("ja-jp", "zh-cn", "zh-tw", "en-us");
		assertThat(LocaleNegotiation.preferred("fr-FR,fr;q=0.9", served, "en-us")).isEqualTo("en-us");
		assertThat(LocaleNegotiation.preferred(null, served, "zh-tw")).isEqualTo("zh-tw");
		assertThat(LocaleNegotiation.preferred("fr", served, "ko-kr")).isEqualTo("en-us");
		// The source language is served last: what a browser gets when the default locale is not served.
		assertThat(LocaleNegotiation.preferred("fr", List.of("ja-jp", "zh-tw", "en-gb"), "ko-kr")).isEqualTo("en-gb");
	}

	@Test
	void matchesChineseByScript() {
		List<String> served = List.of("zh-cn", "zh-tw", "en-us");
		assertThat(LocaleNegotiation.preferred("zh-HK", served, "en-us")).isEqualTo("zh-tw");
		assertThat(LocaleNegotiation.preferred("zh-SG", served, "en-us")).isEqualTo("zh-cn");
		assertThat(LocaleNegotiation.preferred("zh-Hant", served, "en-us")).isEqualTo("zh-tw");
		assertThat(LocaleNegotiation.preferred("zh-TW", served, "en-us")).isEqualTo("zh-tw");
		assertThat(LocaleNegotiation.preferred("zh", served, "en-us")).isEqualTo("zh-cn");
	}

	@Test
	void answersEmptyWhenNothingIsServed() {
		assertThat(LocaleNegotiation.preferred("en", List.of(), "zh-tw")).isEmpty();
	}

}
