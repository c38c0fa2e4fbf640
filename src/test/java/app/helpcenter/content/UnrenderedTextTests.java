package app.helpcenter.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The words of an article's Markdown in each language, taken without rendering it, and its first-level heading
 * alone (what the English navigation shows before the article is rendered) as the whole pass finds it.
 */
class UnrenderedTextTests {

	static Stream<Path> contentRoots() {
		return Stream.of(Path.of("content"), Path.of("../shared/corpus/content"));
	}

	@Test
	void takesEachLanguagesWordsOfASentencePair() {
		String markdown = """
				# <a name="sign-in"></a><span data-ttu-id="a-1">無法登入</span><span class="sxs-lookup"><span data-stu-id="a-1">Can't sign in</span></span>

				<span data-ttu-id="a-2">如果您忘記**密碼**，請參閱[重設密碼](reset.md)。</span><span class="sxs-lookup"><span data-stu-id="a-2">If you forgot your **password**, see [Reset a password](reset.md).</span></span>

				## <span data-ttu-id="a-3">另請參閱</span><span class="sxs-lookup"><span data-stu-id="a-3">See also</span></span>
				""";

		UnrenderedText translation = UnrenderedText.of(markdown, false);
		UnrenderedText original = UnrenderedText.of(markdown, true);

		assertThat(translation.heading()).isEqualTo("無法登入");
		assertThat(translation.body()).isEqualTo("如果您忘記密碼，請參閱重設密碼。 另請參閱");
		assertThat(translation.headings()).isEqualTo("另請參閱");
		assertThat(original.heading()).isEqualTo("Can't sign in");
		assertThat(original.body()).isEqualTo("If you forgot your password, see Reset a password. See also");
		assertThat(original.headings()).isEqualTo("See also");
	}

	@Test
	void dropsMarkupButKeepsWhatReadersSee() {
		String markdown = """
				Intro with ![a screenshot](media/shot.png) and <b>bold</b> &amp; `code`.
				<!-- a note
				for authors -->
				> [!NOTE]
				> Noted words.

				| Role | Rights |
				|------|:------:|
				| Admin | All |

				1. First step
				- Bullet item

				```powershell
				Get-Help
				```

				:::image type="content" source="media/x.png" alt-text="Alt":::
				[docs]: https://example.com
				### A third-level heading
				""";

		UnrenderedText text = UnrenderedText.of(markdown, false);

		assertThat(text.heading()).isEmpty();
		assertThat(text.headings()).isEmpty();
		assertThat(text.body()).isEqualTo("Intro with and bold & code. Noted words. Role Rights Admin All First step "
				+ "Bullet item Get-Help A third-level heading");
	}

	/**
	 * Lines an attacker or a broken tool could write, a megabyte each: each is taken in one pass. A regular
	 * expression that backtracked over them would take hours; the bound only stops a hang.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "[", "![", "[a](", "[a][", "<a ", "<!--", "<span data-ttu-id=\"x\">", "  ", "*_`" })
	void takesTheWordsOfAHostileLineInOnePass(String repeated) {
		String line = repeated.repeat(1024 * 1024 / repeated.length());
		String markdown = "# " + line + "#\n" + line + "\n> " + line + "\n|" + line;

		UnrenderedText text = assertTimeoutPreemptively(Duration.ofMinutes(1),
				() -> UnrenderedText.of(markdown, false));

		assertThat(text.body().length() + text.heading().length()).isLessThanOrEqualTo(4 * line.length() + 8);
	}

	@Test
	void findsTheHeadingAloneAsTheWholePassDoes() {
		String pair = """
				Intro.

				# <span data-ttu-id="a-1">無法登入</span><span class="sxs-lookup"><span data-stu-id="a-1">Can't sign in</span></span>
				Body.
				""";
		String fencedFirst = "```md\n# Not the heading\n```\n\n# The heading\n";
		String hiddenFirst = "<!--\n# In a comment\n-->\n# After the comment\n";
		String emptyFirst = "# <!-- nothing -->\n# The second\n";
		String none = "## Second level only\nText.\n";

		assertThat(UnrenderedText.headingOf(pair, false)).isEqualTo("無法登入");
		assertThat(UnrenderedText.headingOf(pair, true)).isEqualTo("Can't sign in");
		assertThat(UnrenderedText.headingOf(fencedFirst, true)).isEqualTo("The heading");
		assertThat(UnrenderedText.headingOf(hiddenFirst, true)).isEqualTo("After the comment");
		assertThat(UnrenderedText.headingOf(emptyFirst, true)).isEqualTo(UnrenderedText.of(emptyFirst, true).heading())
			.isEqualTo("The second");
		assertThat(UnrenderedText.headingOf(none, true)).isEmpty();
	}

	@ParameterizedTest
	@MethodSource("contentRoots")
	void findsTheHeadingOfEveryArticleAsTheWholePassDoes(Path root) {
		assumeTrue(Files.isDirectory(root), "content not found at " + root.toAbsolutePath().normalize());
		Content content = new ContentLoader(1024 * 1024).load(root);

		assertThat(content.articles()).isNotEmpty();
		for (Article article : content.articles()) {
			for (boolean english : new boolean[] { false, true }) {
				assertThat(UnrenderedText.headingOf(article.markdown(), english)).as(article.source() + " " + english)
					.isEqualTo(UnrenderedText.of(article.markdown(), english).heading());
			}
		}
	}

}
