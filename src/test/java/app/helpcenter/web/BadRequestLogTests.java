package app.helpcenter.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client's text in a log line is escaped: a line break or another control character cannot start a line of
 * its own (a forged entry), and a long text is shortened.
 */
@ExtendWith(OutputCaptureExtension.class)
class BadRequestLogTests {

	@Test
	void aClientsTextCannotForgeALogLine(CapturedOutput output) {
		new BadRequestLog().refused("a form field has a value that cannot be accepted",
				"yes\r\n2026-11-30T00:00:00Z  WARN forged entry\u0007" + "x".repeat(500));
		String logged = output.getAll();
		assertThat(logged.lines().filter((line) -> line.contains("forged entry"))).singleElement()
			.satisfies((line) -> assertThat(line).contains("Bad request refused")
				.contains("yes\\u000d\\u000a2026-11-30T00:00:00Z  WARN forged entry\\u0007")
				.contains("...")
				.doesNotContain("x".repeat(300)));
		assertThat(logged).doesNotContain("\u0007");
	}

}
