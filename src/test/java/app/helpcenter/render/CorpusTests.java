package app.helpcenter.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import app.helpcenter.support.VisibleText;

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
			pages = new PageBuilder("https://learn.microsoft.com/{locale}/", (key, locale) -> key, Duration.ofSeconds(10), "en-us").build(content);
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

	/**
	 * Every segment's text (Markdown stripped) is in the page of its language, and no segment of the other
	 * language is: an English sentence counts as visible on the translated page only when it differs from
	 * its translation and appears nowhere in the article's translated text (product names such as "Azure"
	 * legitimately appear in both). Text outside segment pairs (image alt text, code, table headers an author
	 * wrote in one language only) is the same in both views by construction, so a segment whose text also
	 * appears there is not counted.
	 */
	@Test
	void showsEverySegmentInItsLanguageAndNoneOfTheOther() throws IOException {
		List<String> missing = new ArrayList<>();
		List<String> otherLanguage = new ArrayList<>();
		int segments = 0;
		for (Article article : content.articles()) {
			String translated = visibleText(pages.find("zh-tw", article.path()).orElseThrow());
			String english = visibleText(pages.find("en-us", article.path()).orElseThrow());
			String source = Files.readString(article.file());
			List<SourceSegments.Segment> sourceSegments = SourceSegments.of(source);
			String outside = SourceSegments.comparable(SourceSegments.outsideSegments(source));
			String allTranslated = sourceSegments.stream()
				.map((segment) -> SourceSegments.comparable(segment.translated()))
				.collect(Collectors.joining("|"));
			String allEnglish = sourceSegments.stream()
				.map((segment) -> SourceSegments.comparable(segment.english()))
				.collect(Collectors.joining("|"));
			for (SourceSegments.Segment segment : sourceSegments) {
				segments++;
				String ownTranslated = SourceSegments.comparable(segment.translated());
				String ownEnglish = SourceSegments.comparable(segment.english());
				if (!translated.contains(ownTranslated)) {
					missing.add(article.path() + " zh-tw " + segment.id() + ": " + segment.translated());
				}
				if (!english.contains(ownEnglish)) {
					missing.add(article.path() + " en-us " + segment.id() + ": " + segment.english());
				}
				if (!ownEnglish.equals(ownTranslated) && !ownEnglish.isEmpty() && translated.contains(ownEnglish)
						&& !allTranslated.contains(ownEnglish) && !outside.contains(ownEnglish)) {
					otherLanguage.add(article.path() + " zh-tw shows English " + segment.id() + ": " + segment.english());
				}
				if (!ownEnglish.equals(ownTranslated) && !ownTranslated.isEmpty() && english.contains(ownTranslated)
						&& !allEnglish.contains(ownTranslated) && !outside.contains(ownTranslated)) {
					otherLanguage.add(article.path() + " en-us shows translation " + segment.id() + ": " + segment.translated());
				}
			}
		}
		System.out.printf("Corpus conformance: %d articles, %d segments, %d of %d segment texts shown in their "
				+ "view (%.2f%%), %d of the other language visible%n", content.articles().size(), segments,
				2 * segments - missing.size(), 2 * segments, 100.0 * (2 * segments - missing.size()) / (2 * segments),
				otherLanguage.size());
		assertThat(segments).isGreaterThan(10_000);
		assertThat(missing).isEmpty();
		assertThat(otherLanguage).isEmpty();
	}

	/** Markup a reader should never see as text; code blocks show their text as written, so they are left out. */
	@Test
	void showsNoRawMarkup() {
		List<String> found = new ArrayList<>();
		for (String locale : List.of("zh-tw", "en-us")) {
			for (Page page : pages.list(locale)) {
				Document document = Jsoup.parseBodyFragment(page.headingHtml() + page.bodyHtml());
				document.select("pre, code").remove();
				String text = VisibleText.of(document.body());
				for (String markup : List.of("<span", "sxs-lookup", "data-ttu-id", "[!NOTE", "[!TIP", "[!IMPORTANT",
						"[!WARNING", "[!CAUTION", "[!INCLUDE", "[!div", "[!VIDEO", ":::", "xref:", "#tab/", "**")) {
					if (text.toLowerCase(Locale.ROOT).contains(markup.toLowerCase(Locale.ROOT))) {
						found.add(page.url() + ": " + markup);
					}
				}
			}
		}
		assertThat(found).isEmpty();
	}

	/** The text a reader sees, images counting as their alt text. */
	private static String visibleText(Page page) {
		Document document = Jsoup.parseBodyFragment(page.headingHtml() + page.bodyHtml());
		document.select("img[alt]").forEach((image) -> image.replaceWith(new TextNode(image.attr("alt"))));
		return SourceSegments.comparable(VisibleText.of(document.body()));
	}

}
