package app.helpcenter.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import app.helpcenter.content.Content;
import app.helpcenter.content.ContentLoader;
import app.helpcenter.render.ArticleIndex;
import app.helpcenter.render.ArticleView;
import app.helpcenter.render.Page;
import app.helpcenter.render.Pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What search holds of an article before it is rendered, against what it holds once the article's pages are:
 * the same documents (URL, title, headings, language), and nearly all the same words.
 */
class UnrenderedDocumentsTests {

	private static final Path CORPUS = Path.of("../shared/corpus/content");

	static Stream<Arguments> contentRoots() {
		return Stream.of(Arguments.of(Path.of("content")), Arguments.of(CORPUS));
	}

	@ParameterizedTest
	@MethodSource("contentRoots")
	void makesTheDocumentOfEveryPageWithItsTitlesAndNearlyAllItsWords(Path root) {
		assumeTrue(Files.isDirectory(root), "content not found at " + root.toAbsolutePath().normalize());
		Content content = new ContentLoader(1024 * 1024).load(root);
		Pages pages = TestIndexes.pages(root);
		UnrenderedDocuments unrendered = new UnrenderedDocuments(
				ArticleIndex.of(content.articles(), content.hubs(), "en-us"));

		Set<String> urls = new HashSet<>();
		List<String> lowRecall = new ArrayList<>();
		long found = 0;
		long words = 0;
		for (String path : unrendered.paths()) {
			for (UnrenderedDocuments.Made made : unrendered.of(path)) {
				SearchDocuments.Content before = made.content();
				Page page = pages.find(made.locale(), path).orElseThrow();
				SearchDocuments.Content after = SearchDocuments.Content.of(page, SearchDocuments.counterpart(pages, page));
				urls.add(before.url());
				assertThat(before.url()).isEqualTo(after.url());
				assertThat(before.heading()).as(page.url()).isEqualTo(after.heading());
				assertThat(before.otherHeading()).as(page.url()).isEqualTo(after.otherHeading());
				assertThat(before.title()).as(page.url()).isEqualTo(after.title());
				assertThat(before.keywords()).as(page.url()).isEqualTo(after.keywords());
				assertThat(before.demoted()).as(page.url()).isEqualTo(after.demoted());
				List<String> shown = words(after.ownText() + " " + after.otherText());
				Set<String> held = new HashSet<>(words(before.ownText() + " " + before.otherText()));
				long here = shown.stream().filter(held::contains).count();
				if (here < 0.95 * shown.size()) {
					lowRecall.add(page.url() + " " + here + "/" + shown.size());
				}
				found += here;
				words += shown.size();
			}
		}
		Set<String> pageUrls = new HashSet<>();
		pages.locales()
			.forEach((locale) -> pages.unordered(locale)
				.stream()
				.filter((page) -> page.view() != ArticleView.BILINGUAL)
				.forEach((page) -> pageUrls.add(page.url())));
		assertThat(urls).isEqualTo(pageUrls);
		System.out.printf("Words of the pages held before rendering (%s): %d of %d (%.2f %%); below 95 %%: %s%n", root,
				found, words, 100.0 * found / words, lowRecall);
		assertThat((double) found / words).isGreaterThan(0.98);
		assertThat(lowRecall).hasSizeLessThanOrEqualTo(urls.size() / 50);
	}

	/** Words as search would see them: English words lowercased, and each Han character. */
	private static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		for (String word : text.toLowerCase().split("[^\\p{L}\\p{N}]+")) {
			if (word.codePoints().anyMatch((c) -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
				word.codePoints().mapToObj(Character::toString).forEach(words::add);
			}
			else if (!word.isEmpty()) {
				words.add(word);
			}
		}
		return words;
	}

}
