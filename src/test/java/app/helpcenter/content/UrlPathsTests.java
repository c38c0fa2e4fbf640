package app.helpcenter.content;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UrlPathsTests {

	@Test
	void mapsAMarkdownFileToItsPathWithoutExtension() {
		assertThat(UrlPaths.ofMarkdownFile("docs/a.md")).isEqualTo("docs/a");
		assertThat(UrlPaths.ofMarkdownFile("docs/a.MD")).isEqualTo("docs/a");
		assertThat(UrlPaths.ofMarkdownFile("docs/a.md.md")).isEqualTo("docs/a.md");
	}

	@Test
	void acceptsNamesThatMapToOneUrl() {
		assertThat(UrlPaths.problem("docs/登入")).isEmpty();
		assertThat(UrlPaths.problem("docs/with space")).isEmpty();
		assertThat(UrlPaths.problem("search/overview")).isEmpty();
		assertThat(UrlPaths.problem("docs/search")).isEmpty();
	}

	@Test
	void refusesNamesThatWouldTakeAnotherUrlOrBreakOne() {
		for (String path : new String[] { "docs/a?view=bilingual", "docs/a#b", "docs/100%", "docs/a;b", "docs/a\\b",
				"docs/a\r\nLocation: x", "docs/\u0000" }) {
			assertThat(UrlPaths.problem(path)).as(path).isPresent();
		}
	}

	@Test
	void refusesThePathsTheApplicationAnswersItself() {
		for (String path : new String[] { "search", "Search", "search/suggest", "feedback", "feedback/segment" }) {
			assertThat(UrlPaths.problem(path)).as(path).hasValueSatisfying((problem) -> assertThat(problem)
				.contains("which the help center uses itself"));
		}
	}

}
