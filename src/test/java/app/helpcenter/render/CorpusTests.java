package app.helpcenter.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.helpcenter.content.Article;
import app.helpcenter.content.Content;
import app.helpcenter.content.ContentLoader;
import app.helpcenter.support.SourceSegments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The real localized docs repository in {@code ../shared/corpus}: every article loads and both of its pages
 * show every segment's text. Skipped, not passed, where the corpus is not beside the checkout.
 */
class CorpusTests {

	private static final Path CORPUS = Path.of("../shared/corpus/content");

	private static Content content;

	private static Pages pages;

	@BeforeAll
	static void load() {
		if (Files.isDirectory(CORPUS)) {
			content = new ContentLoader(1024 * 1024).load(CORPUS);
			pages = new PageBuilder("https://learn.microsoft.com/{locale}/", (key, locale) -> key, Duration.ofSeconds(10)).build(content);
		}
	}

	@BeforeEach
	void requireCorpus() {
		assumeTrue(content != null, "corpus not found at " + CORPUS.toAbsolutePath().normalize());
	}

	@Test
	void loadsEveryArticleWithoutProblems() {
		assertThat(pages.problems()).isEmpty();
		Map<String, Long> articlesByLocale = content.articles()
			.stream()
			.collect(Collectors.groupingBy(Article::locale, Collectors.counting()));
		assertThat(articlesByLocale).containsExactly(Map.entry("zh-tw", 250L));
		assertThat(pages.list("zh-tw")).hasSize(250);
		assertThat(pages.list("en-us")).hasSize(250);
	}

	@Test
	void everyArticleHasFrontMatterWithTitle() {
		assertThat(content.articles()).allSatisfy((article) -> assertThat(article.frontMatter().title()).isPresent());
	}

	@Test
	void showsEverySegmentInBothViews() throws IOException {
		List<String> missing = new ArrayList<>();
		int segments = 0;
		for (Article article : content.articles()) {
			String translated = visibleText(pages.find("zh-tw", article.path()).orElseThrow());
			String english = visibleText(pages.find("en-us", article.path()).orElseThrow());
			for (SourceSegments.Segment segment : SourceSegments.of(Files.readString(article.file()))) {
				segments++;
				if (!translated.contains(SourceSegments.comparable(segment.translated()))) {
					missing.add(article.path() + " zh-tw " + segment.id() + ": " + segment.translated());
				}
				if (!english.contains(SourceSegments.comparable(segment.english()))) {
					missing.add(article.path() + " en-us " + segment.id() + ": " + segment.english());
				}
			}
		}
		assertThat(segments).isGreaterThan(10_000);
		assertThat(missing).isEmpty();
	}

	/** The text a reader sees, images counting as their alt text. */
	private static String visibleText(Page page) {
		Document document = Jsoup.parseBodyFragment(page.headingHtml() + page.bodyHtml());
		document.select("img[alt]").forEach((image) -> image.replaceWith(new TextNode(image.attr("alt"))));
		return SourceSegments.comparable(document.text());
	}

}
