package app.helpcenter.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Suggestions as a reader types: titles from a prefix of either language's title or of a word in it, in the page's
 * language with the other language's title as a hint, current articles first, at most eight.
 */
class SearchSuggestionTests {

	@TempDir
	static Path root;

	private static SearchIndex index;

	@BeforeAll
	static void build() throws IOException {
		article("docs/reset-password", "重設密碼", "Reset your password");
		article("docs/sign-in", "無法登入合作夥伴中心", "Can't sign in to Partner Center");
		article("Archive/old-sign-in", "無法登入", "Can't sign in");
		for (int i = 1; i <= 10; i++) {
			article("settings/setting-" + i, "設定項目 " + i, "Setting " + i);
		}
		index = TestIndexes.of(root, 10);
	}

	@AfterAll
	static void closeIndex() {
		if (index != null) {
			index.close();
		}
	}

	private static void article(String path, String title, String english) throws IOException {
		Path file = root.resolve("zh-tw").resolve(path + ".md");
		Files.createDirectories(file.getParent());
		Files.writeString(file, "---\ntitle: " + title + "\n---\n# <span data-ttu-id=\"t\">" + title
				+ "</span><span class=\"sxs-lookup\"><span data-stu-id=\"t\">" + english + "</span></span>\n\n"
				+ "<span data-ttu-id=\"b\">內文。</span><span class=\"sxs-lookup\"><span data-stu-id=\"b\">Body.</span></span>\n");
	}

	private static List<String> urls(String locale, String prefix) {
		return index.suggest(locale, prefix).orElseThrow().stream().map(Searchers.Suggestion::url).toList();
	}

	@Test
	void suggestsATitleFromItsFirstCharacters() {
		Searchers.Suggestion suggestion = index.suggest("zh-tw", "重設").orElseThrow().get(0);
		assertThat(suggestion.title()).isEqualTo("重設密碼");
		assertThat(suggestion.language()).isEqualTo("zh-Hant-TW");
		assertThat(suggestion.hint()).isEqualTo("Reset your password");
		assertThat(suggestion.hintLanguage()).isEqualTo("en-US");
		assertThat(suggestion.url()).isEqualTo("/zh-tw/docs/reset-password");
	}

	@ParameterizedTest
	@ValueSource(strings = { "重", "密碼", "res", "Reset y", "pass", "PASS", "ｐａｓｓ" })
	void suggestsFromAPrefixOfEitherLanguageOrOfAWordInTheTitle(String prefix) {
		assertThat(urls("zh-tw", prefix)).first().isEqualTo("/zh-tw/docs/reset-password");
	}

	@Test
	void showsTheEnglishTitleOnEnglishPagesWithTheTranslationAsAHint() {
		Searchers.Suggestion suggestion = index.suggest("en-us", "密碼").orElseThrow().get(0);
		assertThat(suggestion.title()).isEqualTo("Reset your password");
		assertThat(suggestion.hint()).isEqualTo("重設密碼");
		assertThat(suggestion.url()).isEqualTo("/en-us/docs/reset-password");
	}

	@Test
	void suggestsCurrentArticlesBeforeArchivedOnes() {
		assertThat(urls("zh-tw", "無法登入")).containsExactly("/zh-tw/docs/sign-in", "/zh-tw/Archive/old-sign-in");
	}

	@Test
	void suggestsAtMostEight() {
		assertThat(urls("zh-tw", "設定")).hasSize(8).allMatch((url) -> url.startsWith("/zh-tw/settings/"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   ", "zzzz", "\"", "*" })
	void suggestsNothingForNothingOrForWhatNoTitleStartsWith(String prefix) {
		assertThat(index.suggest("zh-tw", prefix).orElseThrow()).isEmpty();
	}

	@Test
	void knowsOnlyServedLocales() {
		assertThat(index.suggest("fr-fr", "a")).isEmpty();
	}

}
