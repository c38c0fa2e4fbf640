package app.helpcenter.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.helpcenter.content.Content;
import app.helpcenter.content.ContentLoader;
import app.helpcenter.render.Page;
import app.helpcenter.render.PageBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class ContentCheckTests {

	@Test
	void reportsEveryProblemWithFileLineAndSegment() {
		Content content = new ContentLoader(1024 * 1024).load(Path.of("src/test/resources/fixtures/check"));
		assertThat(ContentCheck.check(content)).extracting(Finding::toString).containsExactly(
				"zh-tw/.openpublishing.redirection.json: error: redirect of docs/older goes to /docs/nowhere, which is not an article here",
				"zh-tw/docs/broken.md:3:1: error: front matter: while parsing a flow sequence started on line 2, column 8: expected ',' or ']', but got <stream end>",
				"zh-tw/docs/problems.md:6: error: [p-2] translation has no English original",
				"zh-tw/docs/problems.md:8: error: [p-3] English original has no translation",
				"zh-tw/docs/problems.md:10: error: [p-4] translation links to [a.md] but the English to [b.md]",
				"zh-tw/docs/problems.md:12: error: [p-5] translation links to [https://example.com/path。, missing.md] but the English to [https://example.com/path, missing.md]",
				"zh-tw/docs/problems.md:12: error: [p-5] link to a file that does not exist: missing.md",
				"zh-tw/docs/problems.md:12: error: [p-5] URL damaged by translation (full-width characters in it): https://example.com/path。",
				"zh-tw/docs/problems.md:14: error: anchor \"top\" is also on line 4",
				"zh-tw/docs/problems.md:16: warning: image not in the repository (shown from the upstream site): images/not-here.png");
	}

	@Test
	void reportsIncludeProblems() {
		Content content = new ContentLoader(1024 * 1024).load(Path.of("src/test/resources/fixtures/repository"));
		assertThat(ContentCheck.check(content)).extracting(Finding::toString)
			.contains("zh-tw/docs/start.md:10: error: include includes/not-there.md not found",
					"zh-tw/docs/start.md:12: error: include cycle-a.md includes itself (cycle); it is left out",
					"zh-tw/.openpublishing.redirection.json: error: redirect of docs/moved-away goes to /azure/somewhere-else.md, which is not an article here");
	}

	@Test
	void reportsOnlyTheExtensionsTheRendererLeavesOut() {
		Content content = new ContentLoader(1024 * 1024).load(Path.of("src/test/resources/fixtures/docfx"));
		assertThat(ContentCheck.check(content)).extracting(Finding::toString)
			.filteredOn((finding) -> finding.contains("extension"))
			.containsExactly("zh-tw/docs/inline.md:22: warning: unknown DocFX extension :::sparkle::: is left out of the page");
	}

	@Test
	void reportsCodeSnippetsThatCannotBeShown() {
		Content content = new ContentLoader(1024 * 1024).load(Path.of("src/test/resources/fixtures/docfx"));
		assertThat(ContentCheck.check(content)).extracting(Finding::toString)
			.filteredOn((finding) -> finding.contains("code snippet"))
			.containsExactly("zh-tw/docs/code.md:14: error: code snippet snippets/Missing.cs not found",
					"zh-tw/docs/code.md:16: error: code snippet ../../../hostile-files-elsewhere/secret.cs: is outside the locale folder");
	}

	/** Pairs the renderer shows as pairs (space between the spans, other quoting, a span inside a sentence). */
	@Test
	void pairsSentencesAsTheRendererDoes(@TempDir Path root) throws IOException {
		Path article = Files.createDirectories(root.resolve("zh-tw/docs")).resolve("pairs.md");
		Files.writeString(article, "---\ntitle: 配對\n---\n# 配對\n\n"
				+ "<span data-ttu-id=\"a-1\">第一句。</span>\n<span class=\"sxs-lookup\"><span data-stu-id=\"a-1\">First.</span></span>\n\n"
				+ "<span data-ttu-id='a-2'>第二句。</span><span class='sxs-lookup'><span data-stu-id='a-2'>Second.</span></span>\n\n"
				+ "<span data-ttu-id=\"a-3\">按 <span class=\"keyboard\">Enter</span>。</span><span class=\"sxs-lookup\">"
				+ "<span data-stu-id=\"a-3\">Press <span class=\"keyboard\">Enter</span>.</span></span>\n\n"
				+ "<span data-ttu-id=\"a-4\">孤單的一句。</span>\n");
		Content content = new ContentLoader(1024 * 1024).load(root);
		assertThat(ContentCheck.check(content)).extracting(Finding::toString)
			.containsExactly("zh-tw/docs/pairs.md:13: error: [a-4] translation has no English original");
		Page page = new PageBuilder("https://learn.microsoft.com/{locale}/", (key, locale) -> key, Duration.ofSeconds(10), "en-us")
			.build(content)
			.find("zh-tw", "docs/pairs")
			.orElseThrow();
		assertThat(Jsoup.parse(page.bodyHtml()).select(".seg-en").eachText()).containsExactly("First.", "Second.",
				"Press Enter.");
	}

	@Test
	void checksTheLinksAPageHasNotThoseShownAsCode(@TempDir Path root) throws IOException {
		Path article = Files.createDirectories(root.resolve("zh-tw/docs")).resolve("code.md");
		Files.writeString(article, "---\ntitle: 程式碼\n---\n# 程式碼\n\n"
				+ "Write `[text](not-a-file.md)` for a link.\n\n```markdown\n[text](also-not.md)\n![alt](no.png)\n```\n\n"
				+ "[A real link](missing.md)\n");
		assertThat(ContentCheck.check(new ContentLoader(1024 * 1024).load(root))).extracting(Finding::toString)
			.containsExactly("zh-tw/docs/code.md:13: error: link to a file that does not exist: missing.md");
		assertThat(ContentCheck.withoutCode("a `b` c\n~~~\nd\n~~~\ne")).isEqualTo("a     c\n   \n \n   \ne");
	}

	/** The check reads links as the renderer does: what the page links to is checked, and only that. */
	@Test
	void checksTheLinksTheRendererMakes(@TempDir Path root) throws IOException {
		Path article = Files.createDirectories(root.resolve("zh-tw/docs")).resolve("links.md");
		Files.writeString(article, "---\ntitle: 連結\n---\n# 連結\n\n"
				+ "<!-- [An old link](removed.md) -->\n\n"
				+ "See [the reference][ref].\n\n"
				+ "Select [Accept] (接受), then read [the guide] (guide.md).\n\n"
				+ "[ref]: referenced.md\n");
		assertThat(ContentCheck.check(new ContentLoader(1024 * 1024).load(root))).extracting(Finding::toString)
			.containsExactly("zh-tw/docs/links.md:10: error: written as a link but shown as text (check the brackets "
					+ "and parentheses): [the guide] (guide.md",
					"zh-tw/docs/links.md:12: error: link to a file that does not exist: referenced.md");
	}

	@Test
	void findsNothingInACleanTree() {
		Content content = new ContentLoader(1024 * 1024).load(Path.of("src/test/resources/fixtures/clean"));
		List<Finding> findings = ContentCheck.check(content);
		assertThat(findings).isEmpty();
		assertThat(ContentCheck.summary(findings, content)).isEqualTo("Checked 2 articles: 0 error(s), 0 warning(s) in 0 file(s)");
	}

	@Test
	void findsOnlyContentProblemsInTheCorpus() throws IOException {
		Path corpus = Path.of("../shared/corpus/content");
		assumeTrue(Files.isDirectory(corpus), "corpus not found");
		List<Finding> findings = ContentCheck.check(new ContentLoader(1024 * 1024).load(corpus));
		assertThat(findings).extracting(Finding::message)
			.allMatch((message) -> message.startsWith("link to a file that does not exist")
					|| message.startsWith("image not in the repository") || message.startsWith("translation links to")
					|| message.startsWith("anchor \"") || message.startsWith("written as a link but shown as text"));
	}

}
