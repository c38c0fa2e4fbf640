package app.helpcenter.search;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import app.helpcenter.content.Article;
import app.helpcenter.content.Content;
import app.helpcenter.content.ContentLoader;
import app.helpcenter.render.ArticleIndex;
import app.helpcenter.render.ArticleView;
import app.helpcenter.render.Page;
import app.helpcenter.render.PageBuilder;
import app.helpcenter.render.Pages;
import app.helpcenter.support.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The index of a first start before any article is rendered, made from the articles' Markdown: it answers at once
 * and as the pages' index would, the first update leaves nothing of it (its folder is dropped, and pages that did not
 * render are not found), and it is never kept for the next run.
 */
class UnrenderedSearchIndexTests {

	private static final Path LIVE = Fixtures.path("live");

	@TempDir
	Path work;

	@Test
	void answersAtOnceAndTheFirstUpdateLeavesOnlyThePagesDocuments() {
		Content content = new ContentLoader(1024 * 1024).load(LIVE);
		// "other" does not render (as when its rendering fails): the first update has no page of it.
		Pages pages = pages(content, "docs/other");
		try (SearchIndex index = new SearchIndex(properties(this.work.resolve("index")));
				SearchIndex fromPages = new SearchIndex(pages, properties(this.work.resolve("pages")))) {
			assertThat(index.indexUnrendered(articles(content))).isTrue();
			assertThat(urls(index, "zh-tw", "無關")).containsExactly("/zh-tw/docs/other");
			assertThat(urls(index, "en-us", "unrelated")).containsExactly("/en-us/docs/other");
			assertThat(urls(index, "zh-tw", "設定")).contains("/zh-tw/docs/setup");

			Path unrendered = index.folder().resolve(SearchIndex.UNRENDERED);
			assertThat(unrendered).isDirectory();

			try (Searchers before = index.acquire()) {
				index.update(pages);

				assertThat(unrendered).doesNotExist();
				assertThat(before.search("zh-tw", "無關").orElseThrow().hits()).as("a view taken before, still open")
					.extracting(SearchResults.Hit::url)
					.containsExactly("/zh-tw/docs/other");
			}
			assertThat(urls(index, "zh-tw", "無關")).isEmpty();
			assertThat(urls(index, "en-us", "unrelated")).isEmpty();
			for (String[] query : List.of(new String[] { "zh-tw", "設定" }, new String[] { "en-us", "account" },
					new String[] { "zh-tw", "開始" })) {
				assertThat(index.search(query[0], query[1])).as(query[1]).isEqualTo(fromPages.search(query[0], query[1]));
			}
		}
	}

	/**
	 * Each page and its counterpart share one document before the first update, read the other way round by the
	 * English page's locale: every locale finds the same pages, with the same titles, hints and passage languages, as
	 * it does once they are rendered; with three translations, the English page reads the first translation's
	 * document, and an article only one translation has is found in English too; with an English source folder, the
	 * English page's own words are that source's.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "live", "locales", "repository" })
	void answersEveryLocaleAsItsPagesWould(String fixture) {
		Content content = new ContentLoader(1024 * 1024).load(Fixtures.path(fixture));
		Pages pages = pages(content, null);
		try (SearchIndex index = new SearchIndex(properties(this.work.resolve("index")));
				SearchIndex fromPages = new SearchIndex(pages, properties(this.work.resolve("pages")))) {
			assertThat(index.indexUnrendered(articles(content))).isTrue();
			int compared = 0;
			for (String locale : pages.locales()) {
				for (Page page : pages.unordered(locale)) {
					if (page.view() == ArticleView.BILINGUAL) {
						continue;
					}
					Optional<Page> counterpart = SearchDocuments.counterpart(pages, page);
					for (String query : Stream.concat(Stream.of(page.heading()), counterpart.map(Page::heading).stream())
						.toList()) {
						assertThat(found(index, locale, query)).as(locale + " " + query)
							.containsExactlyInAnyOrderElementsOf(found(fromPages, locale, query))
							.isNotEmpty();
						String prefix = query.substring(0, 2);
						assertThat(index.suggest(locale, prefix)).as(locale + " " + prefix)
							.isEqualTo(fromPages.suggest(locale, prefix));
						compared++;
					}
				}
			}
			assertThat(compared).isGreaterThan(4);
		}
	}

	@Test
	void isNeverKeptForTheNextRunAndIsNotMadeOverAKeptIndex() {
		Content content = new ContentLoader(1024 * 1024).load(LIVE);
		Path kept = this.work.resolve("kept");
		ArticleIndex articles = articles(content);
		try (SearchIndex index = new SearchIndex(properties(this.work.resolve("one")), kept)) {
			assertThat(index.openKept(articles.locales(), "en-us", "v1")).isFalse();
			assertThat(index.indexUnrendered(articles)).isTrue();
		}
		assertThat(kept.resolve(SearchIndex.UNRENDERED)).as("dropped when the index closes").doesNotExist();
		// What a process killed before its first update leaves.
		Fixtures.copy("live", kept.resolve(SearchIndex.UNRENDERED));
		try (SearchIndex index = new SearchIndex(properties(this.work.resolve("two")), kept)) {
			assertThat(kept.resolve(SearchIndex.UNRENDERED)).as("what a killed process left").doesNotExist();
			assertThat(index.openKept(articles.locales(), "en-us", "v1")).as("nothing was committed").isFalse();
			assertThat(index.indexUnrendered(articles)).isTrue();
			index.update(pages(content, null), "v1");
		}
		try (SearchIndex index = new SearchIndex(properties(this.work.resolve("three")), kept)) {
			assertThat(index.openKept(articles.locales(), "en-us", "v2")).as("kept, of other content").isFalse();
			assertThat(index.indexUnrendered(articles)).as("the kept index is brought up to date instead").isFalse();
			assertThat(urls(index, "zh-tw", "無關")).containsExactly("/zh-tw/docs/other");
		}
	}

	@Test
	void letsTheCallerWaitBeforeEachPath() {
		Content content = new ContentLoader(1024 * 1024).load(LIVE);
		ArticleIndex articles = articles(content);
		AtomicInteger turns = new AtomicInteger();
		try (SearchIndex index = new SearchIndex(properties(this.work.resolve("index")))) {
			assertThat(index.indexUnrendered(articles, turns::incrementAndGet)).isTrue();
		}
		assertThat(turns).hasValue((int) articles.articles().stream().map(Article::path).distinct().count())
			.hasValueGreaterThan(1);
	}

	private static ArticleIndex articles(Content content) {
		return ArticleIndex.of(content.articles(), content.hubs(), "en-us");
	}

	/** The pages of the content, without those of the article at {@code leftOut} ({@code null} for none). */
	private static Pages pages(Content content, String leftOut) {
		Content rendered = new Content(content.root(), content.folders(),
				content.articles().stream().filter((article) -> !article.path().equals(leftOut)).toList(),
				content.tablesOfContents(), content.hubs(), content.redirects(), content.synonyms(), content.problems());
		return new PageBuilder("https://learn.microsoft.com/{locale}/", (key, locale) -> key, Duration.ofSeconds(10),
				"en-us")
			.build(rendered);
	}

	private static SearchProperties properties(Path folder) {
		return new SearchProperties(100, 10, folder, Duration.ofSeconds(1), 2000);
	}

	/** Each hit's page, title and the language of its passage. */
	private static List<String> found(SearchIndex index, String locale, String query) {
		return index.search(locale, query)
			.orElseThrow()
			.hits()
			.stream()
			.map((hit) -> hit.url() + " " + hit.title() + " " + hit.snippetLanguage())
			.toList();
	}

	private static List<String> urls(SearchIndex index, String locale, String query) {
		return index.search(locale, query).orElseThrow().hits().stream().map(SearchResults.Hit::url).toList();
	}

}
