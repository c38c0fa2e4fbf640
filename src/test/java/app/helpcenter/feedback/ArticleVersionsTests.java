package app.helpcenter.feedback;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import app.helpcenter.content.Article;
import app.helpcenter.content.FrontMatter;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleVersionsTests {

	private static final String PAIR = "<span data-ttu-id=\"s-1\">按一下 **儲存**。</span><span class=\"sxs-lookup\">"
			+ "<span data-stu-id=\"s-1\">Select **Save**.</span></span>";

	@Test
	void findsASentenceAsTheRendererPairsIt() {
		ArticleVersions.Sentence sentence = ArticleVersions.sentence(article(PAIR + "\n"), "s-1").orElseThrow();
		assertThat(sentence.translatedText()).isEqualTo("按一下 **儲存**。");
		assertThat(sentence.sourceText()).isEqualTo("Select **Save**.");
		assertThat(ArticleVersions.sentence(article(PAIR), "s-2")).isEmpty();
		assertThat(ArticleVersions.sentence(article("<span data-ttu-id=\"s-1\">只有譯文</span>"), "s-1")).isEmpty();
	}

	@Test
	void aChangedSentenceOrArticleHasAnotherHash() {
		ArticleVersions.Sentence before = ArticleVersions.sentence(article(PAIR), "s-1").orElseThrow();
		ArticleVersions.Sentence retranslated = ArticleVersions.sentence(article(PAIR.replace("按一下", "選取")), "s-1")
			.orElseThrow();
		ArticleVersions.Sentence elsewhere = ArticleVersions.sentence(article("# Title\n\n" + PAIR), "s-1")
			.orElseThrow();
		assertThat(retranslated.hash()).isNotEqualTo(before.hash()).hasSize(32);
		// Moving a sentence does not make its reports stale; changing the article makes a new version.
		assertThat(elsewhere.hash()).isEqualTo(before.hash());
		assertThat(ArticleVersions.version(article("# Title\n\n" + PAIR))).isNotEqualTo(ArticleVersions.version(article(PAIR)));
	}

	private static Article article(String markdown) {
		return new Article("zh-tw", "docs/a", Path.of("zh-tw/docs/a.md"), Path.of("zh-tw/docs/a.md"),
				FrontMatter.EMPTY, markdown, 1, List.of(), Set.of());
	}

}
