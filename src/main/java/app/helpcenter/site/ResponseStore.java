package app.helpcenter.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import app.helpcenter.scratch.ScratchFolder;

/**
 * The bytes of the prepared responses, kept out of the heap so that it stays the same size however much
 * content there is: they are appended to temporary files while pages are prepared, then the files are
 * mapped into memory read-only. The operating system's page cache keeps the responses readers ask for in
 * memory and may drop the others; the heap holds only where each one is.
 *
 * <p>
 * Where the operating system allows it (Linux, macOS), the files are deleted as soon as they are mapped,
 * so nothing is left behind once the store is ready; elsewhere they are deleted when the store closes. A
 * process killed while preparing leaves its folder behind; the next store made in the same place deletes it
 * ({@link ScratchFolder}).
 *
 * <p>
 * Several site snapshots share a store (a reload prepares only the pages that changed, into a new store): each
 * {@link #retain()}s it and {@link #release()}s it when it is done, and the last release unmaps its files at
 * once, instead of whenever the garbage collector gets to them, so that mappings do not pile up across reloads.
 */
final class ResponseStore implements AutoCloseable {

	private static final Unmapper UNMAPPER = Unmapper.find();

	/** One mapping holds at most 2 GB; a new file starts well before that. */
	private static final long SEGMENT_LIMIT = 1L << 30;

	static final String FOLDER_PREFIX = "helpcenter-responses-";

	private final ScratchFolder folder;

	private final Path directory;

	private final long segmentLimit;

	private final List<Segment> segments = new ArrayList<>();

	private boolean sealed;

	private final AtomicInteger references = new AtomicInteger(1);

	/**
	 * @param parent the folder to create the store's temporary folder in
	 */
	ResponseStore(Path parent) {
		this(parent, SEGMENT_LIMIT);
	}

	/**
	 * @param parent the folder to create the store's temporary folder in
	 * @param segmentLimit the size at which a new file starts
	 */
	ResponseStore(Path parent, long segmentLimit) {
		this.segmentLimit = segmentLimit;
		this.folder = ScratchFolder.create(parent, FOLDER_PREFIX);
		this.directory = this.folder.path();
	}

	/** Keeps a response's bytes; safe to call from several threads until {@link #seal()}. */
	synchronized Location append(byte[] bytes) {
		if (this.sealed) {
			throw new IllegalStateException("The response store is sealed");
		}
		try {
			Segment segment = this.segments.isEmpty() ? null : this.segments.get(this.segments.size() - 1);
			if (segment == null || segment.size + bytes.length > this.segmentLimit) {
				segment = new Segment(Files.createTempFile(this.directory, "segment-", ".bin"));
				this.segments.add(segment);
			}
			Location location = new Location(this.segments.size() - 1, (int) segment.size, bytes.length);
			ByteBuffer buffer = ByteBuffer.wrap(bytes);
			while (buffer.hasRemaining()) {
				segment.channel.write(buffer);
			}
			segment.size += bytes.length;
			return location;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write a prepared response to " + this.directory, ex);
		}
	}

	/** Maps what was appended for reading; nothing can be appended after. */
	synchronized void seal() {
		if (this.sealed) {
			return;
		}
		this.sealed = true;
		try {
			for (Segment segment : this.segments) {
				segment.mapped = segment.channel.map(FileChannel.MapMode.READ_ONLY, 0, segment.size);
				segment.channel.close();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot map the prepared responses in " + this.directory, ex);
		}
		// A mapped file cannot be deleted on Windows until it is unmapped: there it goes on close.
		this.folder.delete();
	}

	/** The bytes at a location, as a read-only buffer of their own (its position is the caller's). */
	ByteBuffer read(Location location) {
		MappedByteBuffer mapped = this.segments.get(location.segment()).mapped;
		if (mapped == null) {
			throw new IllegalStateException("The response store is not sealed, or closed");
		}
		return mapped.slice(location.offset(), location.length());
	}

	/** The folder its files are in (gone once they are mapped, where the operating system allows). */
	Path directory() {
		return this.directory;
	}

	/** The bytes kept, over all files. */
	synchronized long size() {
		return this.segments.stream().mapToLong((segment) -> segment.size).sum();
	}

	/** One more user of the store. */
	void retain() {
		if (this.references.getAndIncrement() <= 0) {
			throw new IllegalStateException("The response store is closed");
		}
	}

	/** One user fewer; the last one closes it. */
	void release() {
		if (this.references.decrementAndGet() == 0) {
			close();
		}
	}

	/**
	 * Closes the store and unmaps its files: nothing may read from it any more (its users have released it).
	 */
	@Override
	public synchronized void close() {
		for (Segment segment : this.segments) {
			try {
				segment.channel.close();
			}
			catch (IOException ex) {
				// Closing is best effort; the files are deleted below or at exit.
			}
			if (segment.mapped != null) {
				UNMAPPER.unmap(segment.mapped);
				segment.mapped = null;
			}
		}
		this.folder.close();
	}

	/** Whether the store is still open (some snapshot uses it). */
	boolean isOpen() {
		return this.references.get() > 0;
	}

	/** How many files the store has mapped, for tests. */
	synchronized int mappedFiles() {
		return (int) this.segments.stream().filter((segment) -> segment.mapped != null).count();
	}

	/** Where one response's bytes are. */
	record Location(int segment, int offset, int length) {
	}

	private static final class Segment {

		private final FileChannel channel;

		private long size;

		private MappedByteBuffer mapped;

		Segment(Path file) throws IOException {
			this.channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
		}

	}

}
