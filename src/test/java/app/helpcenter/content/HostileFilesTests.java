package app.helpcenter.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import app.helpcenter.support.HostileFiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * The second hostile tree ({@link HostileFiles}) loaded: nothing outside a locale folder is read, whatever
 * links and paths lead there; every file or folder that cannot be served is a problem naming it; the rest
 * loads. The folder the process cannot read is tested where the process really cannot read it
 * ({@code UnreadableFolderTests}).
 */
class HostileFilesTests {

	private static Path folder;

	private static Content content;

	@BeforeAll
	static void load() throws Exception {
		folder = Files.createTempDirectory("hostile-files-");
		content = new ContentLoader(1024 * 1024).load(HostileFiles.create(folder));
	}

	@AfterAll
	static void delete() {
		HostileFiles.delete(folder);
	}

	@Test
	void readsNothingOutsideTheLocaleFolders() {
		for (Article article : content.articles()) {
			assertThat(article.markdown()).as(article.source().toString())
				.doesNotContain(HostileFiles.SECRET, "root:x:0:0", "Name:\t", "PPid:");
		}
		assertThat(content.problems()).extracting(Object::toString)
			.noneMatch((problem) -> problem.contains(HostileFiles.SECRET) || problem.contains(folder.toString()));
	}

	@Test
	void reportsEveryIncludeThatLeadsOutside() {
		assertThat(notes("docs/leak-passwd")).containsExactly(
				"zh-tw/docs/leak-passwd.md:6: include etclink/passwd: is a link to a file outside the locale folder; it is not read");
		assertThat(notes("docs/leak-proc")).containsExactly(
				"zh-tw/docs/leak-proc.md:6: include proclink/status: is a link to a file outside the locale folder; it is not read");
		assertThat(notes("docs/leak-secret")).containsExactly(
				"zh-tw/docs/leak-secret.md:6: include outside/secret.md: is a link to a file outside the locale folder; it is not read",
				"zh-tw/docs/leak-secret.md:8: include includes/secret-link.md: is a link to a file outside the locale folder; it is not read");
		assertThat(notes("docs/leak-paths")).containsExactly(
				"zh-tw/docs/leak-paths.md:6: include /etc/passwd: is outside the locale folder",
				"zh-tw/docs/leak-paths.md:8: include ../../../../../../../../etc/passwd: is outside the locale folder",
				"zh-tw/docs/leak-paths.md:10: include ../../outside-the-locale.md: is outside the locale folder");
		assertThat(article("docs/leak-passwd").markdown()).contains("After the include.");
	}

	@Test
	void reportsEachFileOrFolderThatIsNotServed() {
		Map<String, String> problems = content.problems()
			.stream()
			.collect(Collectors.toMap((problem) -> problem.file().toString().replace('\\', '/'), LoadProblem::message,
					(first, second) -> first + " | " + second));
		assertThat(problems).contains(
				entry("ZH-TW", "folder serves the same locale as zh-tw (names differ only in case); its files are not served"),
				entry("zh-tw/docs/a.MD", "has the same URL as zh-tw/docs/a.md; it is not served"),
				entry("zh-tw/docs/a?view=bilingual.md", "its name contains a character that cannot be part of a URL "
						+ "(? # % ; \\ or a control character); rename it"),
				entry("zh-tw/search.md",
						"its URL would be /<locale>/search, which the help center uses itself; rename or move it"),
				entry("zh-tw/docs/bomb.md",
						"has more than 200 includes (include l5.md on line 6); it is not served"),
				entry("zh-tw/docs/sixty.md", "with its includes it is more than 1048576 characters (include "
						+ "includes/large.md on line 8); it is not served"),
				entry("zh-tw/docs/pipe.md", "is not a regular file (a device, pipe or socket); it is not read"),
				entry("zh-tw/docs/folder.md", "is a folder named like a content file; it is not read as one"),
				entry("zh-tw/docs/linked-secret.md", "is a symbolic link that leads outside the locale folder or to "
						+ "nothing; nothing is read through it"),
				entry("zh-tw/docs/etclink", "is a symbolic link that leads outside the locale folder or to nothing; "
						+ "nothing is read through it"),
				entry("zh-tw/docs/proclink", "is a symbolic link that leads outside the locale folder or to nothing; "
						+ "nothing is read through it"));
	}

	@Test
	void loadsWhatIsSafeBesideTheHostileFiles() {
		assertThat(content.articles()).extracting((article) -> article.locale() + "/" + article.path())
			.contains("zh-tw/docs/good", "zh-tw/docs/a", "zh-tw/docs/linked-good", "zh-tw/docs/登入",
					"zh-tw/docs/with space", "ja-jp/docs/linked")
			.doesNotContain("zh-tw/docs/linked-secret", "zh-tw/docs/bomb", "zh-tw/docs/sixty", "zh-tw/search",
					"zh-tw/docs/pipe", "zh-tw/docs/upper");
		assertThat(article("docs/good").markdown()).contains("這段文字來自包含檔。");
		assertThat(article("docs/linked-good").markdown()).isEqualTo(article("docs/good").markdown());
		assertThat(article("docs/a").source()).isEqualTo(Path.of("zh-tw/docs/a.md"));
	}

	@Test
	void loadsALocaleFolderThatIsALinkToACheckoutElsewhere() {
		Article linked = content.articles()
			.stream()
			.filter((article) -> article.locale().equals("ja-jp"))
			.findFirst()
			.orElseThrow();
		assertThat(linked.source()).isEqualTo(Path.of("ja-jp/docs/linked.md"));
		assertThat(linked.notes()).extracting(Object::toString)
			.containsExactly("ja-jp/docs/linked.md:6: include ../../secret.md: is outside the locale folder");
	}

	@Test
	void dropsUnsafeLinksFromTablesOfContentsAndLandingPages() {
		assertThat(content.tablesOfContents()).singleElement()
			.satisfies((toc) -> assertThat(toc.entries()).extracting(TableOfContents.Entry::href)
				.containsOnly("good.md", "登入.md", null));
		assertThat(content.hubs()).singleElement()
			.satisfies((hub) -> assertThat(hub.sections()).flatExtracting(Hub.Section::links)
				.extracting(Hub.Link::href)
				.containsExactly("good.md", "a.md"));
		assertThat(content.problems()).extracting(Object::toString)
			.contains("zh-tw/docs/TOC.md:2: link with a scheme other than http, https or mailto is not shown: javascript:alert(1)",
					"zh-tw/docs/TOC.md:4: link with a scheme other than http, https or mailto is not shown: VBSCRIPT:msgbox(3)",
					"zh-tw/docs/index.yml: link with a scheme other than http, https or mailto is left out: data:text/html,x");
	}

	private static Article article(String path) {
		return content.articles()
			.stream()
			.filter((article) -> article.locale().equals("zh-tw") && article.path().equals(path))
			.findFirst()
			.orElseThrow(() -> new AssertionError("not loaded: " + path));
	}

	private static List<String> notes(String path) {
		return article(path).notes().stream().map(Object::toString).toList();
	}

}
