package app.helpcenter.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import app.helpcenter.support.HostileFiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No path that content can name makes the application read outside the locale folder: paths are built at
 * random from climbing segments, absolute roots, links that lead out (to {@code /etc}, {@code /proc/self}, a
 * secret beside the content root) and links that stay in, and each is read directly, included from an article
 * and linked from a table of contents.
 */
class ConfinementPropertyTests {

	private static final List<String> SEGMENTS = List.of("..", ".", "", "etclink", "proclink", "outside", "docs",
			"includes", "secret-link.md", "secret.md", "ok.md", "good.md", "passwd", "status", "linked-good.md",
			"linked-secret.md", "ja-jp", "zh-tw", "content", "secret", "elsewhere", "%2e%2e", "..%2f", "~", "\\..",
			"etc", "proc", "self", "a.md", "登入.md", " ", "..\\..", "outside-the-locale.md");

	private static Path folder;

	private static Path root;

	private static LocaleFolder locale;

	@BeforeContainer
	static void createTree() throws IOException {
		folder = Files.createTempDirectory("confinement-");
		root = HostileFiles.create(folder);
		locale = new LocaleFolder(root.resolve("zh-tw"), 1024 * 1024);
	}

	@AfterContainer
	static void deleteTree() {
		HostileFiles.delete(folder);
	}

	@Property(tries = 1000)
	void readsOnlyFilesWhoseRealPathIsInsideTheLocaleFolder(@ForAll("paths") String path) throws IOException {
		Path file;
		try {
			file = locale.real().resolve("docs").resolve(path);
		}
		catch (RuntimeException ex) {
			return;
		}
		try {
			String text = locale.read(file);
			assertThat(text).doesNotContain(HostileFiles.SECRET, "root:x:0:0", "PPid:");
			assertThat(file.toRealPath()).startsWith(locale.real());
		}
		catch (ContentException | NoSuchFileException ex) {
			// Refused or missing: nothing was read.
		}
		catch (IOException ex) {
			// Unreadable (the locked folder, a pipe): nothing was read.
		}
	}

	@Property(tries = 200)
	void neitherIncludesNorTablesOfContentsReachOutside(@ForAll("paths") String path) {
		Path docs = root.resolve("zh-tw/docs");
		try {
			Files.writeString(docs.resolve("probe.md"), "# Probe\n\n[!INCLUDE[probe](" + path + ")]\n\n[!INCLUDE[probe]("
					+ path + "/secret.md)]\n");
			Files.writeString(docs.resolve("TOC.md"), "# [Probe](" + path + ")\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Content content = new ContentLoader(1024 * 1024).load(root);
		assertThat(content.articles()).allSatisfy((article) -> assertThat(article.markdown())
			.doesNotContain(HostileFiles.SECRET, "root:x:0:0", "PPid:"));
		assertThat(content.problems()).extracting(Object::toString)
			.noneMatch((problem) -> problem.contains(HostileFiles.SECRET) || problem.contains(folder.toString()));
	}

	@Provide
	Arbitrary<String> paths() {
		Arbitrary<String> relative = Arbitraries.of(SEGMENTS).list().ofMinSize(1).ofMaxSize(8).map((parts) -> String.join("/", parts));
		return Arbitraries.oneOf(relative, relative.map((path) -> "/" + path),
				Arbitraries.of("/etc/passwd", "/proc/self/status", "../../../secret/secret.md", "outside/secret.md",
						"etclink/passwd", "proclink/status", "includes/secret-link.md"));
	}

}
