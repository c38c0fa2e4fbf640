package app.helpcenter.search;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * Searching the bundled content: the seed article is found by the words its readers type, in either
 * language, whatever the width or case of the letters.
 */
class SearchIndexTests {

	private static SearchIndex index;

	@AfterAll
	static void closeIndex() {
		if (index != null) {
			index.close();
		}
	}

	@BeforeAll
	static void build() {
		index = TestIndexes.of(Path.of("content"), 20);
	}

	@Test
	@DisabledOnOs(OS.WINDOWS)
	void deletesItsFilesOnceTheIndexIsOpenAndStillFindsArticles() {
		assertThat(index.folder()).doesNotExist();
		assertThat(index.search("zh-tw", "密碼").orElseThrow().hits()).isNotEmpty()
			.allSatisfy((hit) -> assertThat(hit.snippetHtml()).isNotBlank());
	}

	@ParameterizedTest
	@ValueSource(strings = { "密碼", "忘記密碼", "登入", "password", "sign in", "Partner Center", "合作夥伴中心", "passwords",
			"PASSWORD", "ｐａｓｓｗｏｒｄ", "Ｐａｒｔｎｅｒ　Ｃｅｎｔｅｒ", "forgotten password 密碼" })
	void findsTheSeedArticleInBothLanguages(String query) {
		for (String locale : List.of("zh-tw", "en-us")) {
			assertThat(index.search(locale, query).orElseThrow().hits()).as(locale + " " + query)
				.extracting(SearchResults.Hit::url)
				.containsExactly("/" + locale + "/partner-center/unable-to-sign-in");
		}
	}

	@Test
	void showsTitleAndHighlightedPassageInThePageLanguage() {
		SearchResults.Hit translated = index.search("zh-tw", "密碼").orElseThrow().hits().get(0);
		assertThat(translated.title()).isEqualTo("如果您無法登入合作夥伴中心");
		assertThat(translated.snippetHtml()).contains("<mark>密碼</mark>");
		assertThat(translated.snippetLanguage()).isEqualTo("zh-Hant-TW");
		SearchResults.Hit english = index.search("en-us", "passwords").orElseThrow().hits().get(0);
		assertThat(english.title()).isEqualTo("If you can't sign into Partner Center");
		assertThat(english.snippetHtml()).contains("<mark>password</mark>");
		assertThat(english.snippetLanguage()).isEqualTo("en-US");
	}

	@Test
	void highlightsTheOtherLanguageWhenOnlyItMatches() {
		SearchResults.Hit hit = index.search("zh-tw", "forgotten").orElseThrow().hits().get(0);
		assertThat(hit.snippetHtml()).contains("<mark>forgotten</mark>");
		assertThat(hit.snippetLanguage()).isEqualTo("en-US");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   ", "\"abc", "a AND", "*", "\\", "(((", "-", "+", "~2", "\"\"", "密碼 OR", "a | b",
			"<script>alert(1)</script>", "\u0000", "💥" })
	void answersOddQueriesWithoutError(String query) {
		SearchResults results = index.search("zh-tw", query).orElseThrow();
		assertThat(results.query()).isEqualTo(query.strip());
		assertThat(results.hits()).allSatisfy((hit) -> assertThat(hit.snippetHtml()).doesNotContain("<script"));
	}

	@Test
	void capsVeryLongQueries() {
		String query = "密碼".repeat(5000);
		SearchResults results = index.search("zh-tw", query).orElseThrow();
		assertThat(results.query()).hasSize(100);
		assertThat(results.hits()).isNotEmpty();
		assertThat(index.search("en-us", "password ".repeat(2000)).orElseThrow().hits()).isNotEmpty();
	}

	@Test
	void findsNothingForWordsNotInAnyArticle() {
		assertThat(index.search("zh-tw", "kubernetes 蘋果").orElseThrow().isEmpty()).isTrue();
	}

	@Test
	void knowsOnlyServedLocales() {
		assertThat(index.search("fr-fr", "password")).isEmpty();
	}

}
