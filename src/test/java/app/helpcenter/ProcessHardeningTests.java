package app.helpcenter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.helpcenter.support.AppProcess;
import app.helpcenter.support.HostileFiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What only a process of its own shows: a folder that the process cannot read (the tests may run as root,
 * who reads everything; the process runs without that power), and a process killed with {@code kill -9}.
 */
class ProcessHardeningTests {

	private static Path folder;

	private static Path content;

	@BeforeAll
	static void createTree() throws IOException {
		assumeTrue(AppProcess.canDropPrivileges(), "needs setpriv to run as an ordinary user");
		folder = Files.createTempDirectory("hostile-process-");
		content = HostileFiles.create(folder);
	}

	@AfterAll
	static void deleteTree() {
		if (folder != null) {
			HostileFiles.delete(folder);
		}
	}

	@Test
	void checkReportsAFolderItCannotReadAndGoesOn(@TempDir Path work) throws IOException {
		Path output = work.resolve("check.txt");
		assertThat(AppProcess.check(output, content)).isEqualTo(1);
		assertThat(Files.readString(output)).contains("zh-tw/docs/locked: error: cannot be read: permission denied",
				"zh-tw/docs/pipe.md: error: is not a regular file")
			.doesNotContain("Exception", "\tat ", HostileFiles.SECRET);
	}

	@Test
	void checkCannotCheckARootItCannotRead(@TempDir Path work) throws IOException {
		Path output = work.resolve("check.txt");
		assertThat(AppProcess.check(output, content.resolve("zh-tw/docs/locked"))).isEqualTo(2);
		assertThat(Files.readString(output)).contains("cannot check").contains("permission denied")
			.doesNotContain("\tat ");
	}

	@Test
	void servesTheSiteBesideAFolderItCannotRead(@TempDir Path work) {
		try (AppProcess app = AppProcess.start(work.resolve("app.log"), List.of(),
				"--helpcenter.content.root=" + content)) {
			app.awaitAnswering(Duration.ofMinutes(2));
			assertThat(app.status("/zh-tw/docs/good")).isEqualTo(200);
			assertThat(app.status("/ja-jp/docs/linked")).isEqualTo(200);
			assertThat(app.status("/zh-tw/docs/locked/hidden")).isEqualTo(404);
			assertThat(app.output()).contains("Not served as it is: zh-tw/docs/locked: cannot be read: permission denied");
		}
	}

	@Test
	void leavesNothingInTheTemporaryFolderOnceItStops(@TempDir Path work) throws IOException {
		Path temporary = Files.createDirectories(work.resolve("tmp"));
		try (AppProcess app = AppProcess.start(work.resolve("app.log"), List.of("-Djava.io.tmpdir=" + temporary),
				"--helpcenter.content.root=" + content)) {
			app.awaitEveryPagePrepared(Duration.ofMinutes(2));
			// While it runs: Tomcat's folder and the search index; the prepared responses' files are already gone
			// (once prepared: during a lazy start, the store being written is there).
			assertThat(leftIn(temporary)).extracting((path) -> path.getFileName().toString())
				.allMatch((name) -> name.startsWith("helpcenter-tomcat-") || name.startsWith("helpcenter-search-"));
		}
		assertThat(leftIn(temporary)).isEmpty();
	}

	@Test
	void reclaimsOnTheNextStartWhatAKilledProcessLeftInTheTemporaryFolder(@TempDir Path work) throws IOException {
		Path temporary = Files.createDirectories(work.resolve("tmp"));
		for (String prefix : List.of("helpcenter-responses-", "helpcenter-search-", "helpcenter-tomcat-")) {
			try (AppProcess holder = AppProcess.holdScratchFolder(work.resolve(prefix + "holder.log"), temporary, prefix)) {
				holder.await(() -> holder.output().contains("holding"), Duration.ofMinutes(1), "the folder");
				holder.kill();
			}
		}
		List<Path> left = leftIn(temporary);
		assertThat(left).hasSize(3);
		try (AppProcess app = AppProcess.start(work.resolve("app.log"), List.of("-Djava.io.tmpdir=" + temporary),
				"--helpcenter.content.root=" + content)) {
			app.awaitAnswering(Duration.ofMinutes(2));
			// Each is reclaimed when its kind of folder is first made: the prepared responses' as the pages are.
			app.await(() -> left.stream().noneMatch(Files::exists), Duration.ofMinutes(2), "the folders left to go");
			assertThat(left).allSatisfy((path) -> assertThat(path).doesNotExist());
		}
		assertThat(leftIn(temporary)).isEmpty();
	}

	private static List<Path> leftIn(Path temporary) {
		try (Stream<Path> children = Files.list(temporary)) {
			return children.toList();
		}
		catch (IOException ex) {
			return List.of();
		}
	}

}
