package app.helpcenter.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The second hostile tree: {@code fixtures/hostile-files} copied to a temporary folder, with what a checkout
 * cannot hold added by the test: symbolic links out of the locale folder (to {@code /etc}, to
 * {@code /proc/self}, to a secret beside the content root), a locale folder that is a link to a checkout
 * elsewhere, a pipe and a folder named like articles, a folder the process cannot read, files and folders
 * whose names differ only in case, a name with {@code ?}, and a 900 KB file that an article includes sixty
 * times.
 *
 * <pre>
 * root/
 *   secret/secret.md                  outside the content root
 *   elsewhere/ja-jp/..., secret.md    a checkout elsewhere
 *   content/                          the content root
 *     ja-jp -> ../elsewhere/ja-jp
 *     ZH-TW/docs/upper.md             same locale as zh-tw
 *     zh-tw/docs/
 *       etclink -> /etc, proclink -> /proc/self, outside -> ../../../secret
 *       includes/secret-link.md -> ../../../../secret/secret.md, includes/large.md (900 KB)
 *       linked-secret.md -> ../../../secret/secret.md, linked-good.md -> good.md
 *       a.MD (same URL as a.md), a?view=bilingual.md, pipe.md (a FIFO), folder.md/, locked/ (mode 000)
 * </pre>
 */
public final class HostileFiles {

	/** Text that is only in files outside the locale folders: it must never appear in a page or a finding. */
	public static final String SECRET = "HOSTILE-FILES-SECRET";

	private HostileFiles() {
	}

	/** Builds the tree in {@code folder}; returns the content root. */
	public static Path create(Path folder) {
		try {
			Path content = folder.resolve("content");
			Fixtures.copy("hostile-files", content);
			Fixtures.copy("hostile-files-elsewhere", folder.resolve("elsewhere"));
			Path secret = Files.createDirectories(folder.resolve("secret"));
			Files.writeString(secret.resolve("secret.md"), SECRET + ": a file beside the content root\n");
			Path docs = content.resolve("zh-tw/docs");
			Files.createSymbolicLink(docs.resolve("etclink"), Path.of("/etc"));
			Files.createSymbolicLink(docs.resolve("proclink"), Path.of("/proc/self"));
			Files.createSymbolicLink(docs.resolve("outside"), Path.of("../../../secret"));
			Files.createSymbolicLink(docs.resolve("includes/secret-link.md"), Path.of("../../../../secret/secret.md"));
			Files.createSymbolicLink(docs.resolve("linked-secret.md"), Path.of("../../../secret/secret.md"));
			Files.createSymbolicLink(docs.resolve("linked-good.md"), Path.of("good.md"));
			Files.createSymbolicLink(content.resolve("ja-jp"), Path.of("../elsewhere/ja-jp"));
			Files.writeString(docs.resolve("includes/large.md"), "Large include. ".repeat(60_000));
			Files.copy(docs.resolve("a.md"), docs.resolve("a.MD"));
			Files.writeString(docs.resolve("a?view=bilingual.md"), "---\ntitle: 問號\n---\n# Takes another URL\n");
			Files.createDirectories(docs.resolve("folder.md"));
			Files.writeString(Files.createDirectories(content.resolve("ZH-TW/docs")).resolve("upper.md"), "# Upper\n");
			Path locked = Files.createDirectories(docs.resolve("locked"));
			Files.writeString(locked.resolve("hidden.md"), "# Hidden\n");
			Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
			Process fifo = new ProcessBuilder("mkfifo", docs.resolve("pipe.md").toString()).inheritIO().start();
			if (fifo.waitFor() != 0) {
				throw new IllegalStateException("mkfifo failed");
			}
			return content;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Deletes a tree made by {@link #create}, the folder it cannot read included. */
	public static void delete(Path folder) {
		try {
			Files.setPosixFilePermissions(folder.resolve("content/zh-tw/docs/locked"),
					PosixFilePermissions.fromString("rwx------"));
		}
		catch (IOException ex) {
			// Already gone.
		}
		try (Stream<Path> files = Files.walk(folder)) {
			files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
		}
		catch (IOException | UncheckedIOException ex) {
			// Best effort: it is in the temporary folder.
		}
	}

}
