package app.helpcenter.render;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import app.helpcenter.content.ContentLoader;

import static org.assertj.core.api.Assertions.assertThat;

class PagesTests {

	private final Pages pages = new PageBuilder("https://learn.microsoft.com/{locale}/", (key, locale) -> key,
			Duration.ofSeconds(10), "en-us")
		.build(new ContentLoader(1024 * 1024).load(Path.of("src/test/resources/fixtures/clean")));

	@Test
	void listsEveryPageOfEveryViewOnce() {
		assertThat(this.pages.all()).extracting(Page::url)
			.doesNotHaveDuplicates()
			.contains("/zh-tw/docs/clean", "/zh-tw/docs/clean?view=bilingual", "/en-us/docs/clean");
		assertThat(this.pages.all()).extracting(Page::view)
			.contains(ArticleView.TRANSLATED, ArticleView.BILINGUAL, ArticleView.ENGLISH);
		assertThat(this.pages.find("zh-tw", "docs/clean").orElseThrow().bodyHtml()).contains("請參閱");
	}

}
