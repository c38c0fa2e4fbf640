package app.helpcenter.render;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import app.helpcenter.content.ContentLoader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The docset table of contents of the {@code fixtures/site} tree, in the translated and the English view.
 */
class NavigationTests {

	private static Pages pages;

	@BeforeAll
	static void load() throws URISyntaxException {
		Path root = Path.of(Objects.requireNonNull(NavigationTests.class.getResource("/fixtures/site")).toURI());
		pages = new PageBuilder("https://learn.microsoft.com/{locale}/", (key, locale) -> key, Duration.ofSeconds(10), "en-us")
			.build(new ContentLoader(1024 * 1024).load(root));
	}

	@Test
	void usesTheTocTitlesAndLocalLinksInTheTranslatedView() {
		Navigation navigation = pages.find("zh-tw", "docs/good").orElseThrow().navigation();
		assertThat(navigation.items()).extracting(Navigation.Item::title, Navigation.Item::url, Navigation.Item::lang)
			.containsExactly(tuple("好的文章", "/zh-tw/docs/good", null), tuple("入門", null, null),
					tuple("外部說明", "https://example.com/help", null));
		assertThat(navigation.items().get(1).children()).extracting(Navigation.Item::title, Navigation.Item::url)
			.containsExactly(tuple("沒有標頭", "/zh-tw/docs/no-front-matter"),
					tuple("尚未翻譯的文章", "https://learn.microsoft.com/zh-tw/docs/not-here"));
	}

	@Test
	void usesEnglishTitlesOfLinkedArticlesInTheEnglishView() {
		Navigation navigation = pages.find("en-us", "docs/good").orElseThrow().navigation();
		assertThat(navigation.items()).extracting(Navigation.Item::title, Navigation.Item::url, Navigation.Item::lang)
			.containsExactly(tuple("A good article", "/en-us/docs/good", null), tuple("入門", null, "zh-Hant-TW"),
					tuple("外部說明", "https://example.com/help", "zh-Hant-TW"));
		assertThat(navigation.items().get(1).children()).extracting(Navigation.Item::title, Navigation.Item::lang)
			.containsExactly(tuple("No front matter", null), tuple("尚未翻譯的文章", "zh-Hant-TW"));
	}

	@Test
	void leadsFromTheTopToTheCurrentArticle() {
		Page page = pages.find("en-us", "docs/no-front-matter").orElseThrow();
		assertThat(page.trail()).extracting(Navigation.Item::title).containsExactly("入門", "No front matter");
		assertThat(page.navigation().items().get(1).contains("docs/no-front-matter")).isTrue();
		assertThat(page.navigation().items().get(0).contains("docs/no-front-matter")).isFalse();
	}

	@Test
	void sharesOneNavigationAmongThePagesOfADocset() {
		assertThat(pages.find("zh-tw", "docs/good").orElseThrow().navigation())
			.isSameAs(pages.find("zh-tw", "docs/bom").orElseThrow().navigation());
	}

	@Test
	void leavesArticlesOutsideAnyDocsetWithoutNavigation() {
		Pages bundled = new PageBuilder("https://learn.microsoft.com/{locale}/", (key, locale) -> key,
				Duration.ofSeconds(10), "en-us")
			.build(new ContentLoader(1024 * 1024).load(Path.of("content")));
		Page seed = bundled.find("zh-tw", "partner-center/unable-to-sign-in").orElseThrow();
		assertThat(seed.navigation()).isNull();
		assertThat(seed.trail()).isEmpty();
	}

}
