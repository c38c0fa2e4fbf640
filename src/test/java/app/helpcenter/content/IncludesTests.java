package app.helpcenter.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Includes and code snippets are expanded however their marker is written ({@code [!INCLUDE}, {@code [!include},
 * {@code [!Code-cs}, {@code :::CODE}): the quick test that spares most articles the include pattern must not miss
 * one; an article that has none (callouts such as {@code [!NOTE]} are not includes) comes back unchanged.
 */
class IncludesTests {

	@TempDir
	Path root;

	@Test
	void expandsIncludesAndSnippetsWrittenInAnyCase() throws Exception {
		Path article = write("docs/article.md", "");
		write("docs/includes/note.md", "共用的附註");
		write("docs/hello.cs", "class Hello {}\n");
		List<LoadProblem> notes = new ArrayList<>();
		String expanded = expand("前言\n\n[!include[附註](includes/note.md)]\n\n[!Code-cs[範例](hello.cs)]\n\n"
				+ ":::CODE language=\"csharp\" source=\"hello.cs\":::\n", article, notes);
		assertThat(expanded).contains("共用的附註").doesNotContainIgnoringCase("[!include").doesNotContainIgnoringCase(":::code");
		assertThat(expanded.split("class Hello \\{\\}", -1)).hasSize(3);
		assertThat(notes).isEmpty();
	}

	@Test
	void anArticleWithoutIncludesComesBackAsItIs() throws Exception {
		Path article = write("docs/article.md", "");
		String markdown = "> [!NOTE]\n> 先完成設定。\n\n[!div class=\"nextstepaction\"]\n";
		assertThat(expand(markdown, article, new ArrayList<>())).isSameAs(markdown);
	}

	private String expand(String markdown, Path article, List<LoadProblem> notes) throws Exception {
		LocaleFolder folder = LocaleFolder.open(this.root, 1 << 20);
		return new Includes(folder, 1 << 20)
			.expand(markdown, article.toRealPath(), 1, Path.of("zh-tw/docs/article.md"), notes)
			.markdown();
	}

	private Path write(String path, String text) throws IOException {
		Path file = this.root.resolve(path);
		Files.createDirectories(file.getParent());
		return Files.writeString(file, text);
	}

}
