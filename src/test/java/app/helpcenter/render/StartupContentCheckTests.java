package app.helpcenter.render;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import app.helpcenter.content.ContentLoader;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class StartupContentCheckTests {

	private static final String SUMMARY = "Content check: Checked ";

	@Test
	void logsTheSummaryInTheBackgroundOnceTheApplicationIsReady(CapturedOutput output) throws InterruptedException {
		StartupContentCheck check = new StartupContentCheck();
		check.schedule(new ContentLoader(1024 * 1024).load(Path.of("src/test/resources/fixtures/check")));
		assertThat(output.getOut()).doesNotContain(SUMMARY);

		check.onApplicationEvent(ready());
		check.onApplicationEvent(ready());

		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (!output.getOut().contains(SUMMARY) && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		assertThat(output.getOut()).containsPattern("Content check: Checked \\d+ articles: [1-9]\\d* error\\(s\\)");
		Thread.sleep(200);
		assertThat(output.getOut().split(SUMMARY, -1)).as("checked once").hasSize(2);
	}

	private static ApplicationReadyEvent ready() {
		return new ApplicationReadyEvent(new SpringApplication(), new String[0], null, Duration.ZERO);
	}

}
