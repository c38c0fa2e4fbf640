package app.helpcenter.scratch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scratch folders of this process are kept; those that no process holds are reclaimed. A folder left by a
 * process that was really killed is reclaimed in {@code ProcessHardeningTests}.
 */
class ScratchFolderTests {

	@Test
	void keepsAFolderThatAProcessHolds(@TempDir Path parent) {
		try (ScratchFolder held = ScratchFolder.create(parent, "test-")) {
			assertThat(ScratchFolder.reclaimAbandoned(parent, "test-")).isZero();
			assertThat(held.path()).isDirectory();
			try (ScratchFolder other = ScratchFolder.create(parent, "test-")) {
				assertThat(other.path()).isNotEqualTo(held.path()).isDirectory();
				assertThat(held.path()).isDirectory();
			}
		}
	}

	@Test
	void reclaimsAFolderWhoseLockNoProcessHolds(@TempDir Path parent) throws IOException {
		Path abandoned = Files.createDirectories(parent.resolve("test-abandoned"));
		Files.writeString(abandoned.resolve(ScratchFolder.LOCK_FILE), "");
		Files.writeString(Files.createDirectories(abandoned.resolve("index")).resolve("segment"), "data");
		Path otherPrefix = Files.createDirectories(parent.resolve("other-abandoned"));
		Files.writeString(otherPrefix.resolve(ScratchFolder.LOCK_FILE), "");
		assertThat(ScratchFolder.reclaimAbandoned(parent, "test-")).isEqualTo(1);
		assertThat(abandoned).doesNotExist();
		assertThat(otherPrefix).exists();
	}

	@Test
	void reclaimsAFolderWithoutALockOnlyOnceItIsOld(@TempDir Path parent) throws IOException {
		Path young = Files.createDirectories(parent.resolve("test-young"));
		Path old = Files.createDirectories(parent.resolve("test-old"));
		Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(2, ChronoUnit.HOURS)));
		assertThat(ScratchFolder.reclaimAbandoned(parent, "test-")).isEqualTo(1);
		assertThat(young).exists();
		assertThat(old).doesNotExist();
	}

	@Test
	void deletesItsFolderOnClose(@TempDir Path parent) throws IOException {
		Path path;
		try (ScratchFolder folder = ScratchFolder.create(parent, "test-")) {
			path = folder.path();
			Files.writeString(path.resolve("file"), "x");
		}
		assertThat(path).doesNotExist();
	}

}
