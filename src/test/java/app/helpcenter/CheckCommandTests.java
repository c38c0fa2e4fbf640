package app.helpcenter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.helpcenter.support.Fixtures;
import app.helpcenter.support.HostileFiles;

import static org.assertj.core.api.Assertions.assertThat;

class CheckCommandTests {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void exitsWithOneAndASummaryWhenThereAreErrors() {
		assertThat(run("check", "src/test/resources/fixtures/check")).isEqualTo(1);
		assertThat(output()).contains("zh-tw/docs/problems.md:6: error: [p-2] translation has no English original")
			.endsWith("Checked 4 articles: 9 error(s), 1 warning(s) in 3 file(s)\n");
	}

	@Test
	void exitsWithZeroForACleanTree() {
		assertThat(run("check", "src/test/resources/fixtures/clean")).isZero();
		assertThat(output()).isEqualTo("Checked 2 articles: 0 error(s), 0 warning(s) in 0 file(s)\n");
	}

	@Test
	void reportsRenderingProblemsToo() {
		assertThat(run("check", "src/test/resources/fixtures/hostile")).isEqualTo(1);
		assertThat(output()).contains("zh-tw/attacks/nested-lists.md: error: cannot be rendered: nested too deeply (stack overflow)");
	}

	@Test
	void reportsBadLinesOfASynonymFileAsTheSiteDoes(@TempDir Path folder) throws IOException {
		Path root = Fixtures.copy("clean", folder.resolve("content"));
		Path locale = Files.list(root).filter(Files::isDirectory).findFirst().orElseThrow();
		Files.writeString(locale.resolve("search-synonyms.txt"), "# 讀者的說法\n起步, 開始使用\na => b => c\n");
		assertThat(run("check", root.toString())).isEqualTo(1);
		assertThat(output()).contains(locale.getFileName() + "/search-synonyms.txt:3: error: synonyms:")
			.doesNotContain("search-synonyms.txt:2");
	}

	@Test
	void reportsEveryHostileFileWithoutAStackTrace(@TempDir Path folder) {
		Path root = HostileFiles.create(folder);
		try {
			assertThat(run("check", root.toString())).isEqualTo(1);
		}
		finally {
			HostileFiles.delete(folder);
		}
		assertThat(output()).contains("ZH-TW: error: folder serves the same locale as zh-tw",
				"zh-tw/docs/a.MD: error: has the same URL as zh-tw/docs/a.md; it is not served",
				"zh-tw/docs/a?view=bilingual.md: error: its name contains a character that cannot be part of a URL",
				"zh-tw/search.md: error: its URL would be /<locale>/search",
				"zh-tw/docs/bomb.md:6: error: has more than 200 includes",
				"zh-tw/docs/sixty.md:8: error: with its includes it is more than 1048576 characters",
				"zh-tw/docs/pipe.md: error: is not a regular file", "zh-tw/docs/folder.md: error: is a folder named like",
				"zh-tw/docs/etclink: error: is a symbolic link that leads outside the locale folder",
				"zh-tw/docs/leak-passwd.md:6: error: include etclink/passwd: is a link to a file outside the locale folder",
				"zh-tw/docs/leak-paths.md:12: error: link to a file that does not exist: ../../../../etc/passwd",
				"zh-tw/docs/TOC.md:2: error: link with a scheme other than http, https or mailto is not shown",
				"zh-tw/docs/index.yml: error: link with a scheme other than http, https or mailto is left out",
				"zh-tw/.openpublishing.redirection.json: error: redirect of docs/old-script to javascript:alert(1) ignored",
				"ja-jp/docs/linked.md:6: error: include ../../secret.md: is outside the locale folder")
			.doesNotContain(HostileFiles.SECRET, "root:x:0:0", "Exception", "\tat ", folder.toString());
		assertThat(this.err.toString(StandardCharsets.UTF_8)).isEmpty();
	}

	@Test
	void explainsUsage() {
		assertThat(run("check")).isEqualTo(2);
		assertThat(run("check", "no/such/folder")).isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("usage: java -jar helpcenter.jar check <content-root>",
				"not a folder: no/such/folder");
	}

	private int run(String... args) {
		return CheckCommand.run(args, new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	private String output() {
		return this.out.toString(StandardCharsets.UTF_8);
	}

}
