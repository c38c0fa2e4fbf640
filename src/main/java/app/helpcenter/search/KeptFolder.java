package app.helpcenter.search;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The folder a search index is kept in between runs, held by one process at a time: a lock file that the process
 * holds while it uses the folder (the system releases it however the process ends). A second process on the same
 * folder does not get it, and makes its index in a temporary folder of its own.
 */
final class KeptFolder implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(KeptFolder.class);

	private static final String LOCK_FILE = ".lock";

	private final Path path;

	private final FileChannel channel;

	private final FileLock lock;

	private KeptFolder(Path path, FileChannel channel, FileLock lock) {
		this.path = path;
		this.channel = channel;
		this.lock = lock;
	}

	/** The folder, made if missing and locked for this process; {@code null} when another process holds it. */
	static KeptFolder lock(Path path) {
		FileChannel channel = null;
		try {
			Files.createDirectories(path);
			channel = FileChannel.open(path.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
			FileLock lock = channel.tryLock();
			if (lock != null) {
				return new KeptFolder(path, channel, lock);
			}
			logger.info("The search index in {} is used by another process: this one makes its own, for this run only",
					path);
		}
		catch (OverlappingFileLockException ex) {
			logger.info("The search index in {} is used by another index of this process: this one makes its own", path);
		}
		catch (IOException ex) {
			logger.warn("Cannot keep the search index in {}, it is made for this run only: {}", path, ex.toString());
		}
		closeQuietly(channel);
		return null;
	}

	Path path() {
		return this.path;
	}

	@Override
	public void close() {
		try {
			if (this.lock.isValid()) {
				this.lock.release();
			}
		}
		catch (IOException ex) {
			// The channel's close below releases it too.
		}
		closeQuietly(this.channel);
	}

	private static void closeQuietly(FileChannel channel) {
		if (channel != null) {
			try {
				channel.close();
			}
			catch (IOException ex) {
				// Nothing more to release.
			}
		}
	}

}
