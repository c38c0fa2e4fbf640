package app.helpcenter;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

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
