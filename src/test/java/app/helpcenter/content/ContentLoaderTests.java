package app.helpcenter.content;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ContentLoaderTests {

	private final ContentLoader loader = new ContentLoader(1024 * 1024);

	@Test
	void loadsEveryGoodArticleAndReportsEachBadFile() {
		Content content = this.loader.load(fixture());
		assertThat(content.articles()).extracting(Article::path)
			.containsExactly("docs/bom", "docs/crlf", "docs/good", "docs/no-front-matter");
		assertThat(content.problems()).extracting(Object::toString)
			.containsExactly("zh-tw/docs/broken-front-matter.md:4:1: front matter: while parsing a flow sequence started on line 3, column 14: "
					+ "expected ',' or ']', but got <stream end>",
					"zh-tw/docs/invalid-utf8.md:4: invalid UTF-8 (byte 0xFF at offset 31)");
	}

	@Test
	void readsTablesOfContentsApartFromArticles() {
		Content content = this.loader.load(fixture());
		assertThat(content.tablesOfContents()).singleElement().satisfies((toc) -> {
			assertThat(toc.locale()).isEqualTo("zh-tw");
			assertThat(toc.folder()).isEqualTo("docs");
			assertThat(toc.entries()).extracting(TableOfContents.Entry::title).containsExactly("好的文章", "入門", "外部說明");
		});
	}

	@Test
	void readsLocaleAndPathFromTheTree() {
		Article good = article("docs/good");
		assertThat(good.locale()).isEqualTo("zh-tw");
		assertThat(good.folder()).isEqualTo("docs");
		assertThat(good.frontMatter().title()).contains("好的文章");
		assertThat(good.markdown()).startsWith("# <a name=\"good-article\"></a>");
		assertThat(good.bodyLine()).isEqualTo(7);
	}

	@Test
	void readsFilesWithByteOrderMarkAndWindowsLineEndings() {
		assertThat(article("docs/bom").frontMatter().title()).contains("有 BOM 的文章");
		assertThat(article("docs/crlf").frontMatter().title()).contains("Windows 換行");
		assertThat(article("docs/crlf").markdown()).isEqualTo("# CRLF\n");
	}

	@Test
	void reportsFilesOverTheSizeLimit() {
		Content content = new ContentLoader(100).load(fixture());
		assertThat(content.problems()).extracting(Object::toString)
			.contains("zh-tw/docs/good.md: file is 453 bytes, more than the limit of 100");
	}

	@Test
	void refusesFileNamesWithControlCharacters(@TempDir Path root) throws IOException {
		Path folder = Files.createDirectories(root.resolve("zh-tw").resolve("bad\r\nLocation: x"));
		Files.writeString(folder.resolve("a.md"), "# A\n");
		Files.writeString(root.resolve("zh-tw").resolve("good.md"), "# Good\n");
		Content content = this.loader.load(root);
		assertThat(content.articles()).extracting(Article::path).containsExactly("good");
		assertThat(content.problems()).extracting(LoadProblem::message)
			.containsExactly("its name contains a character that cannot be part of a URL (? # % ; \\ or a control "
					+ "character); rename it");
	}

	@Test
	void refusesAContentRootThatIsNotAFolder() {
		assertThatIllegalStateException().isThrownBy(() -> this.loader.load(fixture().resolve("missing")))
			.withMessageContaining("is not a folder");
	}

	private Article article(String path) {
		return this.loader.load(fixture())
			.articles()
			.stream()
			.filter((article) -> article.path().equals(path))
			.findFirst()
			.orElseThrow();
	}

	static Path fixture() {
		try {
			return Path.of(Objects.requireNonNull(ContentLoaderTests.class.getResource("/fixtures/site")).toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
