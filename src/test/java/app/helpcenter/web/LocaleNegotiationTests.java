package app.helpcenter.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LocaleNegotiationTests {

	private static final List<String> SERVED = List.of("zh-tw", "en-us");

	@Test
	void fallsBackToTheDefaultWithoutAUsableHeader() {
		assertThat(LocaleNegotiation.preferred(null, SERVED)).isEqualTo("zh-tw");
		assertThat(LocaleNegotiation.preferred("", SERVED)).isEqualTo("zh-tw");
		assertThat(LocaleNegotiation.preferred("*", SERVED)).isEqualTo("zh-tw");
		assertThat(LocaleNegotiation.preferred("q=1;;en", SERVED)).isEqualTo("zh-tw");
		assertThat(LocaleNegotiation.preferred("en-US\r\nX-Injected: 1", SERVED)).isEqualTo("zh-tw");
		assertThat(LocaleNegotiation.preferred("en-" + "x".repeat(600), SERVED)).isEqualTo("zh-tw");
	}

	@Test
	void picksExactMatchFirst() {
		assertThat(LocaleNegotiation.preferred("en-US", SERVED)).isEqualTo("en-us");
		assertThat(LocaleNegotiation.preferred("zh-TW,en;q=0.9", SERVED)).isEqualTo("zh-tw");
	}

	@Test
	void matchesByLanguageWhenTheRegionDiffers() {
		assertThat(LocaleNegotiation.preferred("en-AU", SERVED)).isEqualTo("en-us");
		assertThat(LocaleNegotiation.preferred("zh-HK", SERVED)).isEqualTo("zh-tw");
		assertThat(LocaleNegotiation.preferred("zh", SERVED)).isEqualTo("zh-tw");
	}

	@Test
	void followsQualityOrderAndSkipsRefusedLanguages() {
		assertThat(LocaleNegotiation.preferred("fr;q=1, en;q=0.5, zh;q=0.1", SERVED)).isEqualTo("en-us");
		assertThat(LocaleNegotiation.preferred("zh;q=0, en;q=0.2", SERVED)).isEqualTo("en-us");
	}

	@Test
	void answersEmptyWhenNothingIsServed() {
		assertThat(LocaleNegotiation.preferred("en", List.of())).isEmpty();
	}

}
