package app.helpcenter.web;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The source language is a setting: with {@code helpcenter.content.source-locale=en-gb} the English pages, their
 * links, tags, search and the site root all move to {@code /en-gb/}, and {@code /en-us/} is no longer served.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "helpcenter.content.root=src/test/resources/fixtures/locales",
				"helpcenter.content.source-locale=en-gb" })
class SourceLocaleWebTests {

	@LocalServerPort
	private int port;

	private HttpPages http;

	@BeforeEach
	void client() {
		this.http = new HttpPages(this.port);
	}

	@Test
	void servesTheSourceLanguageWhereTheSettingSays() {
		Document translated = this.http.page("/zh-tw/docs/reset-password");
		assertThat(translated.select(".view-switch a").eachAttr("href")).containsExactly("/zh-tw/docs/reset-password",
				"/en-gb/docs/reset-password", "/zh-tw/docs/reset-password?view=bilingual");
		assertThat(translated.select("link[hreflang=en-GB]").attr("href")).isEqualTo("/en-gb/docs/reset-password");
		assertThat(translated.select("link[hreflang=x-default]").attr("href")).isEqualTo("/en-gb/docs/reset-password");

		Document english = this.http.page("/en-gb/docs/reset-password");
		assertThat(english.selectFirst("html").attr("lang")).isEqualTo("en-GB");
		assertThat(english.select("h1").text()).isEqualTo("Reset your password");
		assertThat(english.select(".view-switch a").eachText()).containsExactly("日本語", "简体中文", "繁體中文", "English");
		assertThat(this.http.page("/en-gb/search?q=authenticator").select(".search-results a").eachAttr("href"))
			.containsExactly("/en-gb/docs/mfa-app");
		assertThat(this.http.get("/en-us/docs/reset-password").statusCode()).isEqualTo(404);
		// French is not served, nor is the default locale (en-us): the source language.
		assertThat(this.http.get("/", "Accept-Language", "fr").headers().firstValue("Location")).hasValue("/en-gb/");
	}

}
