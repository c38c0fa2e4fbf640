package app.helpcenter.render;

import java.net.URI;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UrlsTests {

	@Test
	void encodesPathsOfPlainTextAsUtf8() {
		assertThat(Urls.path("docs/登入")).isEqualTo("docs/%E7%99%BB%E5%85%A5");
		assertThat(Urls.path("docs/with space")).isEqualTo("docs/with%20space");
		assertThat(Urls.path("docs/100%")).isEqualTo("docs/100%25");
		assertThat(Urls.path("docs/a?b#c")).isEqualTo("docs/a%3Fb%23c");
		assertThat(Urls.path("docs/😀")).isEqualTo("docs/%F0%9F%98%80");
		assertThat(Urls.path("partner-center/unable-to-sign-in")).isEqualTo("partner-center/unable-to-sign-in");
	}

	@Test
	void encodesOnlyWhatAUriCannotHoldInUrlsAsWritten() {
		assertThat(Urls.encodeIllegal("https://example.com/說明 頁?q=a b#x")).isEqualTo(
				"https://example.com/%E8%AA%AA%E6%98%8E%20%E9%A0%81?q=a%20b#x");
		assertThat(Urls.encodeIllegal("/a%20b/%E7%99%BB")).isEqualTo("/a%20b/%E7%99%BB");
		assertThat(Urls.encodeIllegal("/100%/x%zz")).isEqualTo("/100%25/x%25zz");
		assertThat(Urls.encodeIllegal("/a\"<>\\^`{|}[]")).isEqualTo("/a%22%3C%3E%5C%5E%60%7B%7C%7D%5B%5D");
		assertThat(Urls.encodeIllegal("http://[::1]:8080/[x]")).isEqualTo("http://[::1]:8080/%5Bx%5D");
	}

	@Test
	void alwaysGivesAValidAsciiUri() {
		for (String text : new String[] { "a b", "登入", "%", "%%41", "\u0000\r\n", "\uD800", "[x]", "a/../b" }) {
			String encoded = Urls.encodeIllegal("/" + text);
			assertThat(encoded).matches("[\\x21-\\x7e]*");
			assertThat(URI.create(encoded).toASCIIString()).isEqualTo(encoded);
			assertThat(URI.create("/" + Urls.path(text)).getRawPath()).isEqualTo("/" + Urls.path(text));
		}
	}

}
