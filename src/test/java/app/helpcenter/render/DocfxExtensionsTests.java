package app.helpcenter.render;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The triple-colon syntax: what is expanded, what is reported, and what is left alone. */
class DocfxExtensionsTests {

	@Test
	void leavesFencedCodeAlone() {
		String markdown = "~~~\n:::image type=\"content\" source=\"a.png\" alt-text=\"A\":::\n:::unknown:::\n~~~\n";
		assertThat(DocfxExtensions.expand(markdown)).isEqualTo(markdown);
		assertThat(DocfxExtensions.unknown(markdown)).isEmpty();
	}

	@Test
	void reportsUnknownExtensionsWithTheirLineAndLeavesThemOut() {
		String markdown = "Text :::glow::: here.\n\n:::sparkle color=\"gold\":::\n\n:::no-loc text=\"Azure\":::\n";
		assertThat(DocfxExtensions.unknown(markdown)).containsExactly(new DocfxExtensions.Unknown(1, "glow"),
				new DocfxExtensions.Unknown(3, "sparkle"));
		assertThat(DocfxExtensions.expand(markdown)).isEqualTo("Text  here.\n\n\n\nAzure\n");
	}

	@Test
	void escapesWhatItCopiesIntoHtmlAndMarkdown() {
		assertThat(DocfxExtensions.expand(":::image type=\"content\" source=\"a.png?x=1&y=2\" alt-text=\"<b>x</b>\":::"))
			.isEqualTo("\n<p><img src=\"a.png?x=1&amp;y=2\" alt=\"&lt;b&gt;x&lt;/b&gt;\" class=\"image-border\"></p>\n");
		assertThat(DocfxExtensions.expand("Use :::no-loc text=\"*star* [x](y)\":::."))
			.isEqualTo("Use \\*star\\* \\[x\\](y).");
	}

}
