package app.helpcenter.cache;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import app.helpcenter.check.CheckedArticle;
import app.helpcenter.content.Article;
import app.helpcenter.content.LoadProblem;
import app.helpcenter.render.Navigation;
import app.helpcenter.render.Page;
import app.helpcenter.render.RenderedArticle;
import app.helpcenter.render.RenderedArticleCodec;
import app.helpcenter.scratch.ScratchFolder;

/**
 * Renderings of articles and the responses of their pages kept on disk, so that a restart does not render or
 * prepare again what has not changed. A response is found by a hash of its page, navigation included, and of the
 * template's settings. An article's rendering is found by a hash of everything that goes into its pages: the article (its text with its includes
 * expanded, its front matter, where it lives), the code that renders it and the settings that change its
 * output. What an article's links and language switch depend on in the rest of the site is not in the key: an
 * entry keeps the questions its rendering asked, and the site builder takes it only when they still have the
 * same answers ({@code ArticleRenderer#isCurrent}), as it does with the renderings it keeps in memory. What the
 * content check found in an article is kept the same way: by the article's hash, with the files it looked for and
 * whether they were there ({@link CheckedArticle#holdsFor}).
 *
 * <p>
 * An entry is written to a file of its own and renamed into place, so that a reader (this process or another
 * one sharing the folder) sees a whole entry or none; each carries a checksum, and an entry truncated or
 * damaged (a crash, a full disk) is deleted and its article rendered again, never served. Writes happen on a
 * thread of their own, so that readers never wait for them. {@link #sweep()} keeps the folder within its size:
 * entries not used for 30 days go, then the least recently used while it is too large.
 */
public final class RenderCache implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(RenderCache.class);

	/** "HCRC": an entry of this cache. */
	private static final int MAGIC = 0x48435243;

	/** Magic, format, payload length before the payload; its CRC-32C after. */
	private static final int HEADER = 12;

	private static final int TRAILER = 8;

	private static final String ENTRY = ".entry";

	private static final String PARTIAL = ".partial";

	private static final String SEARCH = "search-";

	/** The kind of the content check's entries (renderings have none, responses theirs). */
	private static final String CHECK = "check";

	/** The kind of the entry of the articles read ({@link KeptReading}). */
	private static final String READING = "reading";

	private static final Duration UNUSED = Duration.ofDays(30);

	/** How old a partial write must be before a sweep takes it for one a crash left behind. */
	private static final Duration ABANDONED = Duration.ofMinutes(10);

	private final Path folder;

	private final long maxBytes;

	private final byte[] context;

	private final ExecutorService writes;

	private final AtomicInteger damaged = new AtomicInteger();

	/** When {@link #sweepLater()} last swept; {@code null} before the first time. */
	private volatile Instant lastSweep;

	/**
	 * The hash of each navigation in use, by identity (the pages of a docset share one; a reload that changes it
	 * makes a new one), let go with the navigation: hashing a large docset's navigation for each of its pages was
	 * a fifth of a warm start.
	 */
	private final Cache<Navigation, byte[]> navigationHashes = Caffeine.newBuilder().weakKeys().build();

	private RenderCache(Path folder, long maxBytes, byte[] context) {
		this.folder = folder;
		this.maxBytes = maxBytes;
		this.context = context;
		// One writer; at most 256 entries wait for it, and beyond that the thread that stores writes itself, so that
		// a start that prepares faster than the disk writes does not hold every response in the heap.
		this.writes = (folder != null) ? new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
				new ArrayBlockingQueue<>(256), (runnable) -> {
					Thread thread = new Thread(runnable, "render-cache");
					thread.setDaemon(true);
					return thread;
				}, new ThreadPoolExecutor.CallerRunsPolicy()) : null;
	}

	/**
	 * A cache in {@code folder}, made if missing.
	 * @param maxBytes the size the folder is kept within
	 * @param codeVersion what identifies the code that renders (the build); entries of other code are not used
	 * @param settings the settings that change what rendering gives (the upstream of links, the source locale)
	 */
	public static RenderCache in(Path folder, long maxBytes, String codeVersion, String... settings) {
		try {
			Files.createDirectories(folder);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot make the render cache folder " + folder, ex);
		}
		MessageDigest digest = sha256();
		digest.update(Integer.toString(RenderedArticleCodec.FORMAT).getBytes(StandardCharsets.UTF_8));
		for (String part : Stream.concat(Stream.of(codeVersion, System.getProperty("java.version")), Stream.of(settings))
			.toList()) {
			digest.update((part + "\n").getBytes(StandardCharsets.UTF_8));
		}
		return new RenderCache(folder.toAbsolutePath().normalize(), maxBytes, digest.digest());
	}

	/** No cache: nothing is found, nothing is kept. */
	public static RenderCache none() {
		return new RenderCache(null, 0, new byte[0]);
	}

	/** The folder, or {@code null} when there is no cache. */
	public Path folder() {
		return this.folder;
	}

	/**
	 * The folder where the search index of this build is kept between runs ({@code search-<hash of the build>}),
	 * or {@code null} when there is no cache. The folders of other builds that no process holds are deleted.
	 */
	public Path searchFolder() {
		if (this.folder == null) {
			return null;
		}
		String name = SEARCH + HexFormat.of().formatHex(this.context, 0, 8);
		try (Stream<Path> folders = Files.list(this.folder)) {
			for (Path other : (Iterable<Path>) folders::iterator) {
				String otherName = other.getFileName().toString();
				if (otherName.startsWith(SEARCH) && !otherName.equals(name)) {
					ScratchFolder.reclaimIfAbandoned(other);
				}
			}
		}
		catch (IOException | UncheckedIOException ex) {
			logger.warn("Cannot look for other builds' search indexes in {}: {}", this.folder, ex.toString());
		}
		return this.folder.resolve(name);
	}

	/** The rendering of {@code article} kept here, if there is a whole one. */
	public Optional<RenderedArticle> find(Article article) {
		if (this.folder == null) {
			return Optional.empty();
		}
		return read(key(article), article.source().toString(),
				(in) -> RenderedArticleCodec.read(article, in));
	}

	/**
	 * The response of {@code page} kept here, if there is a whole one.
	 * @param settings what else goes into the response ({@code PageTemplate#settingsFor})
	 */
	public Optional<Response> findResponse(Page page, String settings) {
		if (this.folder == null) {
			return Optional.empty();
		}
		return read(key(page, settings), page.url(), (in) -> {
			int htmlLength = in.readInt();
			String etag = in.readUTF();
			byte[] gzip = new byte[in.readInt()];
			in.readFully(gzip);
			return new Response(gzip, htmlLength, etag);
		});
	}

	/**
	 * A page's response as it is served: its gzip form, the length of its HTML and its ETag.
	 */
	public record Response(byte[] gzip, int htmlLength, String etag) {
	}

	/** Keeps a response, on the cache's own thread. */
	public void storeResponse(Page page, String settings, Response response) {
		if (this.folder == null) {
			return;
		}
		later(() -> {
			ByteArrayOutputStream payload = new ByteArrayOutputStream(response.gzip().length + 64);
			DataOutputStream out = new DataOutputStream(payload);
			out.writeInt(response.htmlLength());
			out.writeUTF(response.etag());
			out.writeInt(response.gzip().length);
			out.write(response.gzip());
			write(key(page, settings), payload.toByteArray(), page.url());
		});
	}

	/** An entry's payload read back. */
	@FunctionalInterface
	private interface Decoder<T> {

		T decode(DataInputStream in) throws IOException;

	}

	/** What an entry is a payload of. */
	@FunctionalInterface
	private interface Encoding {

		void run() throws IOException;

	}

	/** The entry of a key, decoded, if it is whole; a damaged one is deleted and counted. */
	private <T> Optional<T> read(String key, String what, Decoder<T> decoder) {
		Path file = entry(key);
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		}
		catch (NoSuchFileException ex) {
			return Optional.empty();
		}
		catch (IOException ex) {
			logger.warn("Cannot read render cache entry {}: {}", file, ex.toString());
			return Optional.empty();
		}
		try {
			int length = payloadLength(bytes);
			T value = decoder.decode(new DataInputStream(new ByteArrayInputStream(bytes, HEADER, length)));
			markUsed(file);
			return Optional.of(value);
		}
		catch (IOException | RuntimeException ex) {
			this.damaged.incrementAndGet();
			logger.warn("Render cache entry {} of {} is damaged and is made again: {}", file.getFileName(), what,
					ex.getMessage());
			deleteQuietly(file);
			return Optional.empty();
		}
	}

	/** Keeps a rendering, on the cache's own thread; a rendering that cannot be written is only logged. */
	public void store(RenderedArticle rendered) {
		if (this.folder == null) {
			return;
		}
		later(() -> {
			ByteArrayOutputStream payload = new ByteArrayOutputStream(16 * 1024);
			RenderedArticleCodec.write(rendered, new DataOutputStream(payload));
			write(key(rendered.article()), payload.toByteArray(), rendered.article().source().toString());
		});
	}

	/** What the content check found in {@code article} when it was last checked, if a whole entry is kept. */
	public Optional<CheckedArticle> findCheck(Article article) {
		if (this.folder == null) {
			return Optional.empty();
		}
		return read(key(CHECK, article), article.source().toString(), CheckedArticle::readFrom);
	}

	/** Keeps what the content check found in an article, on the cache's own thread. */
	public void storeCheck(Article article, CheckedArticle checked) {
		if (this.folder == null) {
			return;
		}
		later(() -> {
			ByteArrayOutputStream payload = new ByteArrayOutputStream(1024);
			checked.writeTo(new DataOutputStream(payload));
			write(key(CHECK, article), payload.toByteArray(), article.source().toString());
		});
	}

	/** The articles the last run read of the content at {@code root} ({@link KeptReading}), if a whole entry is kept. */
	public Optional<KeptReading> findReading(Path root) {
		if (this.folder == null) {
			return Optional.empty();
		}
		return read(readingKey(root), "the articles read", KeptReading::readFrom);
	}

	/** Keeps the articles read of the content at {@code root} for the next run, on the cache's own thread. */
	public void storeReading(Path root, KeptReading reading) {
		if (this.folder == null) {
			return;
		}
		later(() -> {
			ByteArrayOutputStream payload = new ByteArrayOutputStream(1024 * 1024);
			reading.writeTo(new DataOutputStream(payload));
			write(readingKey(root), payload.toByteArray(), "the articles read");
		});
	}

	/** Runs a write on the cache's own thread; one that fails is only logged. */
	private void later(Encoding write) {
		try {
			this.writes.execute(() -> {
				try {
					write.run();
				}
				catch (IOException | RuntimeException ex) {
					logger.warn("Cannot keep an entry in the render cache: {}", ex.toString());
				}
			});
		}
		catch (RejectedExecutionException ex) {
			// Closing: what was not written is made again next time.
		}
	}

	/** Waits until what was stored before is written (or its write failed). */
	public void flush() {
		if (this.folder == null) {
			return;
		}
		try {
			this.writes.submit(() -> null).get(1, TimeUnit.MINUTES);
		}
		catch (Exception ex) {
			if (ex instanceof InterruptedException) {
				Thread.currentThread().interrupt();
			}
		}
	}

	/**
	 * Sweeps the folder ({@link #sweep()}) on the cache's own thread, after the writes stored before; once an hour
	 * at most (a reload after each edit would walk the whole folder).
	 */
	public void sweepLater() {
		if (this.folder == null) {
			return;
		}
		try {
			this.writes.execute(() -> {
				Instant now = Instant.now();
				if (this.lastSweep == null || this.lastSweep.isBefore(now.minus(Duration.ofHours(1)))) {
					this.lastSweep = now;
					sweep();
				}
			});
		}
		catch (RejectedExecutionException ex) {
			// Closing.
		}
	}

	/** How many damaged entries were found (and deleted) since start. */
	public int damagedEntries() {
		return this.damaged.get();
	}

	/**
	 * Deletes partial writes that a crash left behind, entries not used for 30 days, then the least recently used
	 * entries until the folder is within its size. Another process may be using the folder: what it loses is a
	 * hit, never a wrong page.
	 */
	public void sweep() {
		if (this.folder == null) {
			return;
		}
		Instant now = Instant.now();
		List<Kept> entries = new ArrayList<>();
		try (Stream<Path> files = Files.walk(this.folder, 2)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				String name = file.getFileName().toString();
				BasicFileAttributes attributes;
				try {
					attributes = Files.readAttributes(file, BasicFileAttributes.class);
				}
				catch (IOException ex) {
					continue;
				}
				if (!attributes.isRegularFile()) {
					continue;
				}
				Instant modified = attributes.lastModifiedTime().toInstant();
				if (name.endsWith(PARTIAL) && modified.isBefore(now.minus(ABANDONED))) {
					deleteQuietly(file);
				}
				else if (name.endsWith(ENTRY)) {
					if (modified.isBefore(now.minus(UNUSED))) {
						deleteQuietly(file);
					}
					else {
						entries.add(new Kept(file, attributes.size(), modified));
					}
				}
			}
		}
		catch (IOException | UncheckedIOException ex) {
			logger.warn("Cannot sweep the render cache {}: {}", this.folder, ex.toString());
			return;
		}
		long total = entries.stream().mapToLong(Kept::size).sum();
		if (total <= this.maxBytes) {
			return;
		}
		entries.sort(Comparator.comparing(Kept::used));
		long target = this.maxBytes - this.maxBytes / 10;
		int deleted = 0;
		for (Kept entry : entries) {
			if (total <= target) {
				break;
			}
			deleteQuietly(entry.file());
			total -= entry.size();
			deleted++;
		}
		logger.info("Render cache {} was over {} bytes: {} least recently used entries deleted", this.folder,
				this.maxBytes, deleted);
	}

	private record Kept(Path file, long size, Instant used) {
	}

	@Override
	public void close() {
		if (this.folder == null) {
			return;
		}
		this.writes.shutdown();
		try {
			if (!this.writes.awaitTermination(30, TimeUnit.SECONDS)) {
				this.writes.shutdownNow();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** The hash the articles read of the content at {@code root} are found by: the cache's context, then the root. */
	private String readingKey(Path root) {
		MessageDigest digest = sha256();
		digest.update(this.context);
		digest.update((READING + " " + root.toAbsolutePath()).getBytes(StandardCharsets.UTF_8));
		return HexFormat.of().formatHex(digest.digest());
	}

	/** The hash an article's rendering is found by: the cache's context, then everything of the article rendered. */
	String key(Article article) {
		return key("", article);
	}

	/** The hash of what is kept of {@code kind} for an article (its rendering: no kind). */
	private String key(String kind, Article article) {
		MessageDigest digest = sha256();
		digest.update(this.context);
		try (DataOutputStream out = new DataOutputStream(new DigestOutputStream(OutputStream.nullOutputStream(), digest))) {
			if (!kind.isEmpty()) {
				out.writeUTF(kind);
			}
			out.writeUTF(article.locale());
			out.writeUTF(article.path());
			out.writeUTF(article.source().toString().replace('\\', '/'));
			out.writeInt(article.bodyLine());
			out.writeBoolean(article.segmented());
			Map<String, List<String>> fields = new TreeMap<>(article.frontMatter().fields());
			out.writeInt(fields.size());
			for (Map.Entry<String, List<String>> field : fields.entrySet()) {
				out.writeUTF(field.getKey());
				out.writeInt(field.getValue().size());
				for (String value : field.getValue()) {
					byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
					out.writeInt(bytes.length);
					out.write(bytes);
				}
			}
			article.body().writeTo(out);
			if (kind.equals(CHECK)) {
				// The check reports the article's notes (its includes' problems) as they are.
				out.writeInt(article.notes().size());
				for (LoadProblem note : article.notes()) {
					out.writeUTF(note.toString());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	/**
	 * The hash a page's response is found by: the cache's context, the template's settings, the whole page with
	 * the hash of its navigation.
	 */
	String key(Page page, String settings) {
		MessageDigest digest = sha256();
		digest.update(this.context);
		try (DataOutputStream out = new DataOutputStream(new DigestOutputStream(OutputStream.nullOutputStream(), digest))) {
			out.writeUTF("response");
			out.writeUTF(settings);
			RenderedArticleCodec.writeContent(page, out);
			out.writeBoolean(page.navigation() != null);
			if (page.navigation() != null) {
				out.write(this.navigationHashes.get(page.navigation(), RenderCache::hash));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	/** The SHA-256 of a navigation: computed once per navigation, which every page of its docset shares. */
	private static byte[] hash(Navigation navigation) {
		MessageDigest digest = sha256();
		try (DataOutputStream out = new DataOutputStream(new DigestOutputStream(OutputStream.nullOutputStream(), digest))) {
			RenderedArticleCodec.writeNavigation(navigation, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return digest.digest();
	}

	private Path entry(String key) {
		return this.folder.resolve(key.substring(0, 2)).resolve(key + ENTRY);
	}

	/** Writes an entry whole under another name, then renames it into place. */
	private void write(String key, byte[] bytes, String what) throws IOException {
		Path file = entry(key);
		Path partial = file.resolveSibling(file.getFileName() + "." + UUID.randomUUID() + PARTIAL);
		try {
			CRC32C crc = new CRC32C();
			crc.update(bytes);
			ByteBuffer entry = ByteBuffer.allocate(HEADER + bytes.length + TRAILER);
			entry.putInt(MAGIC).putInt(RenderedArticleCodec.FORMAT).putInt(bytes.length).put(bytes).putLong(crc.getValue());
			Files.createDirectories(file.getParent());
			Files.write(partial, entry.array());
			try {
				Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
			catch (AtomicMoveNotSupportedException ex) {
				Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		catch (IOException ex) {
			deleteQuietly(partial);
			throw new IOException("Cannot keep " + what + " in the render cache", ex);
		}
	}

	/** The length of the payload of an entry's bytes, once its header and checksum say it is whole. */
	private static int payloadLength(byte[] bytes) throws IOException {
		if (bytes.length < HEADER + TRAILER) {
			throw new IOException("truncated: " + bytes.length + " bytes");
		}
		ByteBuffer entry = ByteBuffer.wrap(bytes);
		if (entry.getInt() != MAGIC) {
			throw new IOException("not an entry of this cache");
		}
		if (entry.getInt() != RenderedArticleCodec.FORMAT) {
			throw new IOException("another layout");
		}
		int length = entry.getInt();
		if (length != bytes.length - HEADER - TRAILER) {
			throw new IOException("truncated: " + bytes.length + " bytes for a payload of " + length);
		}
		CRC32C crc = new CRC32C();
		crc.update(bytes, HEADER, length);
		if (ByteBuffer.wrap(bytes, HEADER + length, TRAILER).getLong() != crc.getValue()) {
			throw new IOException("checksum does not match");
		}
		return length;
	}

	/** Entries used are kept longest; their time is moved at most once a day, to spare the disk. */
	private static void markUsed(Path file) {
		try {
			FileTime now = FileTime.from(Instant.now());
			if (Files.getLastModifiedTime(file).toInstant().isBefore(now.toInstant().minus(Duration.ofDays(1)))) {
				Files.setLastModifiedTime(file, now);
			}
		}
		catch (IOException ex) {
			// Another process swept it: it was read whole already.
		}
	}

	private static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			// Left for the next sweep.
		}
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
