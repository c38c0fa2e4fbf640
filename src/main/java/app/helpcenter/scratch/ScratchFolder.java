package app.helpcenter.scratch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A temporary folder of this process, with a lock file that the process holds as long as it runs. The
 * operating system releases the lock however the process ends, so a folder whose lock can be taken was left
 * by a process that is gone ({@code kill -9}, a power cut): the first folder this process makes in a parent
 * first reclaims those (once: listing the parent again for each store, and a lazy start makes one per article
 * asked for, would find only what a process that died since left, which the next start reclaims). Deleting the
 * folder while it is in use (its files mapped into memory) is allowed where the system allows it.
 */
public final class ScratchFolder implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(ScratchFolder.class);

	static final String LOCK_FILE = ".lock";

	/** A folder without a lock file is being made by another process, unless it is older than this. */
	private static final Duration CREATION_GRACE = Duration.ofMinutes(1);

	/** The parents and prefixes this process has reclaimed abandoned folders of. */
	private static final Set<String> RECLAIMED = ConcurrentHashMap.newKeySet();

	private final Path path;

	private final FileChannel lockChannel;

	private final FileLock lock;

	private ScratchFolder(Path path, FileChannel lockChannel, FileLock lock) {
		this.path = path;
		this.lockChannel = lockChannel;
		this.lock = lock;
	}

	/**
	 * Makes a new folder in {@code parent} named {@code prefix} and a random part, the first time after deleting
	 * the folders with that prefix that processes which are gone left behind.
	 * @throws UncheckedIOException when the folder cannot be made
	 */
	public static ScratchFolder create(Path parent, String prefix) {
		try {
			Files.createDirectories(parent);
			if (RECLAIMED.add(parent.toAbsolutePath().normalize() + "/" + prefix)) {
				reclaimAbandoned(parent, prefix);
			}
			Path path = Files.createTempDirectory(parent, prefix);
			FileChannel channel = FileChannel.open(path.resolve(LOCK_FILE), StandardOpenOption.CREATE_NEW,
					StandardOpenOption.WRITE);
			FileLock lock = channel.tryLock();
			if (lock == null) {
				channel.close();
				throw new IOException("Cannot lock " + path.resolve(LOCK_FILE));
			}
			return new ScratchFolder(path, channel, lock);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot make a temporary folder in " + parent, ex);
		}
	}

	/**
	 * Deletes the folders named {@code prefix...} in {@code parent} whose process is gone.
	 * @return how many were deleted
	 */
	public static int reclaimAbandoned(Path parent, String prefix) {
		int reclaimed = 0;
		try (DirectoryStream<Path> folders = Files.newDirectoryStream(parent, prefix + "*")) {
			for (Path folder : folders) {
				if (reclaimIfAbandoned(folder)) {
					reclaimed++;
				}
			}
		}
		catch (IOException ex) {
			logger.warn("Cannot look for temporary folders left behind in {}: {}", parent, ex.toString());
		}
		if (reclaimed > 0) {
			logger.info("Deleted {} temporary folder(s) named {}* that a process which is gone left in {}", reclaimed,
					prefix, parent);
		}
		return reclaimed;
	}

	/**
	 * Deletes a folder whose lock file no process holds (its process is gone), or that has none and is older than
	 * a minute (it is not being made).
	 * @return whether it was deleted
	 */
	public static boolean reclaimIfAbandoned(Path folder) throws IOException {
		if (!Files.isDirectory(folder) || Files.isSymbolicLink(folder)) {
			return false;
		}
		Path lockFile = folder.resolve(LOCK_FILE);
		if (!Files.exists(lockFile)) {
			FileTime modified = Files.getLastModifiedTime(folder);
			if (modified.toInstant().isAfter(Instant.now().minus(CREATION_GRACE))) {
				return false;
			}
			return deleteTree(folder);
		}
		try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
			FileLock lock = channel.tryLock();
			if (lock == null) {
				return false;
			}
			try {
				return deleteTree(folder);
			}
			finally {
				if (lock.isValid()) {
					lock.release();
				}
			}
		}
		catch (OverlappingFileLockException ex) {
			// This process holds it: the folder is in use.
			return false;
		}
		catch (NoSuchFileException ex) {
			return false;
		}
	}

	/** The folder. */
	public Path path() {
		return this.path;
	}

	/**
	 * Deletes the folder and everything in it, as far as the system allows (a file mapped into memory cannot be
	 * deleted on Windows until it is unmapped); the lock is held until {@link #close()}.
	 * @return whether it is gone
	 */
	public boolean delete() {
		return deleteTree(this.path);
	}

	/** Deletes the folder and releases its lock. */
	@Override
	public void close() {
		deleteTree(this.path);
		try {
			if (this.lock.isValid()) {
				this.lock.release();
			}
			this.lockChannel.close();
		}
		catch (IOException ex) {
			// The lock goes with the process anyway.
		}
		if (Files.exists(this.path)) {
			this.path.toFile().deleteOnExit();
		}
	}

	/** Deletes a folder and everything in it, as far as the system allows. @return whether it is gone */
	public static boolean deleteTree(Path folder) {
		if (!Files.exists(folder)) {
			return true;
		}
		try (Stream<Path> files = Files.walk(folder)) {
			files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
		}
		catch (IOException | UncheckedIOException ex) {
			return false;
		}
		return !Files.exists(folder);
	}

}
