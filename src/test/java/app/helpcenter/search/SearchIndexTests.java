package app.helpcenter.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


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
	void keepsItsFilesInAFolderOfItsOwnUntilItIsClosed() {
		Path folder;
		try (SearchIndex own = TestIndexes.of(Path.of("content"), 10)) {
			folder = own.folder();
			assertThat(folder).isDirectory().isNotEmptyDirectory();
			assertThat(own.search("zh-tw", "密碼").orElseThrow().hits()).isNotEmpty()
				.allSatisfy((hit) -> assertThat(hit.snippetHtml()).isNotBlank());
		}
		assertThat(folder).doesNotExist();
	}

	@Test
	void startsPassagesWithTheArticlesWordsNotWithACalloutsLabel(@TempDir Path root) throws IOException {
		Path file = Files.createDirectories(root.resolve("zh-tw/docs")).resolve("billing.md");
		Files.writeString(file, "---\ntitle: 帳單\n---\n# 帳單\n\n> [!NOTE]\n> 發票會在每月一日寄出。\n\n其他說明。\n");
		try (SearchIndex billing = TestIndexes.of(root, 10)) {
			SearchResults.Hit hit = billing.search("zh-tw", "發票").orElseThrow().hits().get(0);
			assertThat(hit.snippetHtml()).startsWith("<mark>發票</mark>會在每月一日寄出。");
			// The label is the interface's words (here its message key), not the article's.
			assertThat(billing.search("zh-tw", "alert").orElseThrow().hits()).isEmpty();
		}
	}

	@Test
	void ranksEqualScoresInPageOrder(@TempDir Path root) throws IOException {
		List<String> paths = IntStream.range(0, 40).mapToObj((i) -> String.format("docs/same-%02d", i)).toList();
		for (String path : paths) {
			Path file = root.resolve("zh-tw").resolve(path + ".md");
			Files.createDirectories(file.getParent());
			Files.writeString(file, "---\ntitle: 重設密碼\n---\n# 重設密碼\n\n忘記密碼時，請重設密碼。\n");
		}
		try (SearchIndex same = TestIndexes.of(root, 100)) {
			assertThat(same.search("zh-tw", "密碼").orElseThrow().hits()).extracting(SearchResults.Hit::url)
				.containsExactlyElementsOf(paths.stream().map((path) -> "/zh-tw/" + path).toList());
		}
	}

	@Test
	void ranksArchivedAndNoindexArticlesBelowCurrentOnes(@TempDir Path root) throws IOException {
		// In path order, which equal scores keep, the archived and the noindex article would come first.
		Files.createDirectories(root.resolve("zh-tw/Archive"));
		Files.createDirectories(root.resolve("zh-tw/docs"));
		String article = "---\ntitle: 重設密碼\n%s---\n# 重設密碼\n\n忘記密碼時，請重設密碼。\n";
		Files.writeString(root.resolve("zh-tw/Archive/reset.md"), article.formatted(""));
		Files.writeString(root.resolve("zh-tw/docs/a-hidden.md"), article.formatted("robots: noindex\n"));
		Files.writeString(root.resolve("zh-tw/docs/b-current.md"), article.formatted(""));
		try (SearchIndex ranked = TestIndexes.of(root, 10)) {
			assertThat(ranked.search("zh-tw", "忘記密碼").orElseThrow().hits()).extracting(SearchResults.Hit::url)
				.containsExactly("/zh-tw/docs/b-current", "/zh-tw/Archive/reset", "/zh-tw/docs/a-hidden");
		}
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

	@ParameterizedTest
	@ValueSource(strings = { "password~2", "password~", "password*", "\"sign in\"~3", "密碼~1", "sign~2 in*" })
	void searchesFuzzyPrefixAndProximityOperatorsAsText(String query) {
		SearchResults results = index.search("en-us", query).orElseThrow();
		assertThat(results.refused()).isFalse();
		assertThat(results.hits()).extracting(SearchResults.Hit::url)
			.containsExactly("/en-us/partner-center/unable-to-sign-in");
	}

	@Test
	void answersAQueryOfManyWordsByItsMostSelectiveOnes() {
		StringBuilder query = new StringBuilder("忘記密碼 ");
		for (char c = '\u4e00'; query.length() < 500; c += 7) {
			query.append(c);
		}
		try (SearchIndex longQueries = TestIndexes.of(Path.of("content"), 10, 500)) {
			SearchResults results = longQueries.search("zh-tw", query.toString()).orElseThrow();
			assertThat(results.refused()).isFalse();
			assertThat(results.hits()).extracting(SearchResults.Hit::url)
				.containsExactly("/zh-tw/partner-center/unable-to-sign-in");
		}
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
