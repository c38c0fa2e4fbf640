package app.helpcenter.cache;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.helpcenter.content.Article;
import app.helpcenter.content.ContentTree;
import app.helpcenter.content.FrontMatter;
import app.helpcenter.content.LoadProblem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

/**
 * The articles a run read, as the next run reads them back (the site's RenderCacheRestartTests restart on
 * them).
 */
class KeptReadingTests {

	@TempDir
	Path work;

	@Test
	void anArticleReadBackIsEqualToTheOneKept() throws IOException {
		Path file = this.work.resolve("zh-tw/docs/a.md");
		Article article = new Article("zh-tw", "docs/a", file, Path.of("zh-tw/docs/a.md"),
				new FrontMatter(Map.of("title", List.of("登入問題"), "keywords", List.of("密碼", "登入"), "empty",
						List.of())),
				"# <span data-ttu-id=\"1\">標題</span>\n\n" + "很長的內文。".repeat(20_000), 5,
				List.of(new LoadProblem(Path.of("zh-tw/docs/a.md"), 7, 3, "include not found: b.md")),
				Set.of(file, this.work.resolve("zh-tw/docs/includes/b.md")));
		KeptReading kept = new KeptReading(
				Map.of(file, new ContentTree.Version(ContentTree.Kind.ARTICLE, 120_000, 1_700_000_000_123_456_789L)),
				Collections.singletonMap(this.work.resolve("zh-tw/docs/gone.cs"), null), Map.of(file, article));

		KeptReading read = roundTrip(kept);

		assertThat(read).isEqualTo(kept);
		assertThat(read.articles().get(file).markdown()).isEqualTo(article.markdown());
		assertThat(read.articles().get(file).segmented()).isTrue();
	}

	@Test
	void aFileOutsideTheTreeThatChangedOrAppearedIsReported() throws IOException {
		Path snippet = Files.writeString(this.work.resolve("sample.cs"), "int a = 1;");
		Path missing = this.work.resolve("later.cs");
		Path same = Files.writeString(this.work.resolve("same.cs"), "int b = 2;");
		Article article = new Article("zh-tw", "a", this.work.resolve("a.md"), Path.of("zh-tw/a.md"),
				FrontMatter.EMPTY, "text", 1, List.of(), Set.of(snippet, missing, same));
		KeptReading kept = roundTrip(KeptReading.of(ContentTree.empty(this.work), Map.of(article.file(), article)));
		assertThat(kept.othersChanged()).isEmpty();

		Files.writeString(snippet, "int a = 10;");
		Files.writeString(missing, "int c = 3;");

		assertThat(kept.othersChanged()).containsExactlyInAnyOrder(snippet, missing);
	}

	@Test
	void anImpossibleCountIsAnErrorNotAnAllocation() {
		byte[] bytes = { (byte) 0x7F, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF };
		assertThatIOException()
			.isThrownBy(() -> KeptReading.readFrom(new DataInputStream(new ByteArrayInputStream(bytes))))
			.withMessageContaining("Impossible count");
	}

	private static KeptReading roundTrip(KeptReading kept) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		kept.writeTo(new DataOutputStream(bytes));
		return KeptReading.readFrom(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
	}

}
