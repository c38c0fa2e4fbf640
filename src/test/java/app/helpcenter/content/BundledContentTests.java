package app.helpcenter.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class BundledContentTests {

	private static final Path SEED = Path.of("../shared/seed/unable-to-sign-in.md");

	@Test
	void bundlesTheSeedArticleByteForByte() throws IOException {
		assumeTrue(Files.isRegularFile(SEED), "seed not found at " + SEED.toAbsolutePath().normalize());
		assertThat(Path.of("content/zh-tw/partner-center/unable-to-sign-in.md")).hasSameBinaryContentAs(SEED);
	}

	@Test
	void loadsTheBundledContentWithoutProblems() {
		Content content = new ContentLoader(1024 * 1024).load(Path.of("content"));
		assertThat(content.problems()).isEmpty();
		assertThat(content.articles()).extracting(Article::locale, Article::path)
			.contains(tuple("zh-tw", "partner-center/unable-to-sign-in"));
	}

}
