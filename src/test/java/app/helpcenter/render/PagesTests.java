package app.helpcenter.render;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import app.helpcenter.content.ContentLoader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class PagesTests {

	private final Pages pages = new PageBuilder("https://learn.microsoft.com/{locale}/", (key, locale) -> key,
			Duration.ofSeconds(10))
		.build(new ContentLoader(1024 * 1024).load(Path.of("src/test/resources/fixtures/clean")));

	@Test
	void releasesEveryBodyOnceAndSaysWhichPageAskedForItAfterwards() {
		List<Page> all = this.pages.locales()
			.stream()
			.flatMap((locale) -> this.pages.list(locale)
				.stream()
				.flatMap((page) -> Stream.concat(Stream.of(page), this.pages.findBilingual(locale, page.path()).stream())))
			.toList();
		assertThat(all).extracting(Page::view).contains(ArticleView.TRANSLATED, ArticleView.BILINGUAL, ArticleView.ENGLISH);
		assertThat(all).allSatisfy((page) -> assertThat(page.bodyHtml()).isNotNull());
		assertThat(this.pages.find("zh-tw", "docs/clean").orElseThrow().bodyHtml()).contains("請參閱");

		assertThat(this.pages.releaseBodies()).isPositive();

		assertThat(all).allSatisfy((page) -> assertThatIllegalStateException().isThrownBy(page::bodyHtml)
			.withMessageContaining(page.url()));
		assertThat(this.pages.releaseBodies()).isZero();
		assertThat(all.get(0).title()).isNotBlank();
	}

}
