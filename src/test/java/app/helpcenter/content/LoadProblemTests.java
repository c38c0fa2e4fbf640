package app.helpcenter.content;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoadProblemTests {

	@Test
	void printsFileLineColumnAndMessage() {
		assertThat(new LoadProblem(Path.of("zh-tw/a.md"), 3, 7, "bad")).hasToString("zh-tw/a.md:3:7: bad");
		assertThat(new LoadProblem(Path.of("zh-tw/a.md"), 3, 0, "bad")).hasToString("zh-tw/a.md:3: bad");
		assertThat(new LoadProblem(Path.of("zh-tw/a.md"), 0, 0, "bad")).hasToString("zh-tw/a.md: bad");
	}

	@Test
	void cannotForgeLogLines() {
		assertThat(new LoadProblem(Path.of("zh-tw/a\nINFO forged.md"), 0, 0, "bad\r\nline")).hasToString(
				"zh-tw/a?INFO forged.md: bad??line");
	}

}
