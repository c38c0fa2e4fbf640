package app.helpcenter.content;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LinkSchemesTests {

	@Test
	void allowsHttpHttpsMailtoAndRelativeLinks() {
		for (String href : new String[] { "https://example.com", "HTTP://example.com", "mailto:a@example.com", "a.md",
				"../a.md#x", "/azure/x", "#top", "?q=1", "//example.com/x", "a:b/c.md" }) {
			assertThat(LinkSchemes.isAllowed(href)).as(href).isEqualTo(!href.equals("a:b/c.md"));
		}
	}

	@Test
	void refusesEveryOtherSchemeAsBrowsersReadIt() {
		for (String href : new String[] { "javascript:alert(1)", "JaVaScRiPt:alert(1)", "java\tscript:alert(1)",
				"java\nscript:x", " javascript:x", "\u0001javascript:x", "data:text/html,x", "vbscript:x", "file:///etc/passwd",
				"ms-settings:x" }) {
			assertThat(LinkSchemes.isAllowed(href)).as(href).isFalse();
		}
	}

}
