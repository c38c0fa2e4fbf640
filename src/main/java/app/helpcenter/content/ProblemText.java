package app.helpcenter.content;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Says what went wrong with a file in words for an author, without the server's absolute paths (findings
 * are shown to authors and in logs; they name files from the content root).
 */
final class ProblemText {

	private ProblemText() {
	}

	static String of(IOException ex) {
		if (ex instanceof AccessDeniedException) {
			return "permission denied";
		}
		if (ex instanceof NoSuchFileException) {
			return "it vanished while being read";
		}
		if (ex instanceof FileSystemLoopException) {
			return "its links form a loop";
		}
		if (ex instanceof NotDirectoryException) {
			return "not a folder";
		}
		if (ex instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
			return fileSystem.getReason();
		}
		return ex.getClass().getSimpleName();
	}

}
