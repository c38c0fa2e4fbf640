package app.helpcenter.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.apache.lucene.search.ReferenceManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The site as it is now: the current {@link SiteSnapshot} behind one reference, swapped whole when the content
 * changes. It is Lucene's {@link ReferenceManager}, which {@code SearcherManager} is made of, managing site
 * snapshots instead of index searchers: {@link #acquire()} takes the current snapshot and {@link #release}
 * lets it go; a reload builds the next one and swaps it in; the one it replaces is closed when its last reader
 * lets go.
 *
 * <p>
 * Changes are reported with {@link #changed}; the reload waits until no change has come for the delay (editors
 * write a temporary file and rename it; {@code git checkout} writes hundreds), but no longer than ten delays
 * after the first one, and runs on a thread of its own, so reloads never run two at once. A reload that fails
 * keeps the site as it was; what happened is in {@link #lastReload()}.
 *
 * <p>
 * A lazy start serves three snapshots in turn, each swapped in on that thread: a placeholder while the content is
 * read (requests wait for the next one), the opening snapshot, which knows every article and renders each when
 * first asked for, and the complete one built from it, with every page prepared and search up to date.
 */
public final class LiveSite extends ReferenceManager<SiteSnapshot> {

	private static final Logger logger = LoggerFactory.getLogger(LiveSite.class);

	private final SiteBuilder builder;

	private final Duration delay;

	private final Clock clock;

	private final ScheduledExecutorService reloads = Executors.newSingleThreadScheduledExecutor((runnable) -> {
		Thread thread = new Thread(runnable, "content-reload");
		thread.setDaemon(true);
		return thread;
	});

	private final Object lock = new Object();

	private Set<Path> pending = new HashSet<>();

	private boolean rescan;

	private boolean checkAll;

	private long firstPending;

	private long lastPending;

	private ScheduledFuture<?> scheduled;

	private volatile Reload lastReload;

	private final Consumer<Reload> reloaded;

	/** Counts down once a snapshot that knows the content (not the placeholder) is current. */
	private final CountDownLatch opened = new CountDownLatch(1);

	/** Counts down once a complete snapshot is current. */
	private final CountDownLatch complete = new CountDownLatch(1);

	/** Counts down once the current snapshot answers searches ({@link SiteSnapshot#canSearch()}). */
	private final CountDownLatch searchable = new CountDownLatch(1);

	/** How many articles the opening snapshot made on demand before the complete one replaced it. */
	private volatile int onDemandBefore;

	/**
	 * Builds the first snapshot, complete.
	 * @param delay how long the content must be quiet before a reload
	 */
	public LiveSite(SiteBuilder builder, Duration delay, Clock clock) {
		this(builder, delay, clock, (reload) -> {
		});
	}

	/**
	 * Builds the first snapshot, complete.
	 * @param delay how long the content must be quiet before a reload
	 * @param reloaded told of the first build and of every reload that did something, or failed (metrics)
	 */
	public LiveSite(SiteBuilder builder, Duration delay, Clock clock, Consumer<Reload> reloaded) {
		this(builder, delay, clock, reloaded, false);
	}

	/**
	 * Builds the first snapshot, or for a lazy start, serves a placeholder until {@link #prepare()} has built it.
	 * @param delay how long the content must be quiet before a reload
	 * @param reloaded told of the first build and of every reload that did something, or failed (metrics)
	 * @param lazy whether the site starts with a placeholder ({@link SiteBuilder#placeholder()}: no content, so
	 * that the rest of the application starts while {@link #prepare()} reads it); or with the complete snapshot,
	 * built before this returns
	 * @throws IllegalStateException when the content root is not a folder
	 */
	public LiveSite(SiteBuilder builder, Duration delay, Clock clock, Consumer<Reload> reloaded, boolean lazy) {
		this.builder = builder;
		this.delay = delay;
		this.clock = clock;
		this.reloaded = reloaded;
		addListener(new RefreshListener() {

			@Override
			public void beforeRefresh() {
			}

			@Override
			public void afterRefresh(boolean didRefresh) {
				if (didRefresh) {
					swapped();
				}
			}

		});
		if (lazy) {
			this.current = builder.placeholder();
			this.lastReload = new Reload(Instant.now(clock), Duration.ZERO, true, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, "",
					Map.of());
			return;
		}
		SiteBuilder.Built initial = builder.initial();
		this.current = initial.snapshot();
		this.lastReload = initial.reload();
		reloaded.accept(initial.reload());
		describeFirst(initial, "loaded");
		this.opened.countDown();
		this.searchable.countDown();
		this.complete.countDown();
	}

	/**
	 * For a lazy start, on the reload thread: reads the content into the opening snapshot (every article known,
	 * each rendered when first asked for: {@link SiteBuilder#opening()}), swaps it in, then builds the complete one
	 * from it and swaps that in. Nothing for a site started complete.
	 */
	public void prepare() {
		if (isComplete()) {
			return;
		}
		try {
			this.reloads.execute(() -> {
				refreshQuietly();
				refreshQuietly();
			});
		}
		catch (RejectedExecutionException ex) {
			// Closing already.
		}
	}

	private void refreshQuietly() {
		try {
			maybeRefreshBlocking();
		}
		catch (Exception | StackOverflowError ex) {
			logger.warn("Content reload failed: {}", ex.toString());
		}
	}

	private static void describeFirst(SiteBuilder.Built first, String what) {
		first.problems().forEach((problem) -> logger.warn("Not served as it is: {}", problem));
		logger.info("Content {} in {} ms: {} articles ({} rendered, {} from the render cache), {} pages prepared "
				+ "({} from the render cache), {} finding(s) ({})", what, first.reload().duration().toMillis(),
				first.snapshot().articleCount(), first.reload().renderedArticles(),
				first.reload().cachedArticles(), first.reload().preparedPages(), first.reload().cachedPages(),
				first.snapshot().findings().size(), first.reload().phases());
	}

	/** After a swap: counts down what it reached. */
	private void swapped() {
		if (this.complete.getCount() == 0) {
			return;
		}
		try {
			SiteSnapshot snapshot = acquire();
			try {
				if (!snapshot.isPlaceholder()) {
					this.opened.countDown();
					// On the reload thread, before the complete snapshot is built.
					searchBeforeRendering(snapshot);
				}
				if (snapshot.canSearch()) {
					this.searchable.countDown();
				}
				if (snapshot.isComplete()) {
					this.complete.countDown();
					logger.info("Every page prepared and search built: {} articles ({} of them made on demand "
							+ "before)", snapshot.articleCount(), this.onDemandBefore);
				}
			}
			finally {
				release(snapshot);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Waits until the content is read: every article known (at once when the site started complete).
	 * @return whether it is
	 */
	public boolean awaitOpened(Duration timeout) throws InterruptedException {
		return this.opened.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
	}

	/** Whether the content is read: every article known. */
	public boolean isOpened() {
		return this.opened.getCount() == 0;
	}

	/**
	 * Waits until the current snapshot answers searches: on a lazy start, the opening snapshot from the index the
	 * last run kept or from the articles' Markdown, otherwise the complete one.
	 * @return whether it does
	 */
	public boolean awaitSearch(Duration timeout) throws InterruptedException {
		return this.searchable.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
	}

	/**
	 * Waits until a complete snapshot is current (at once when the site started complete).
	 * @return whether it is
	 */
	public boolean awaitComplete(Duration timeout) throws InterruptedException {
		return this.complete.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
	}

	/** Whether a complete snapshot is current. */
	public boolean isComplete() {
		return this.complete.getCount() == 0;
	}

	/** What the last reload (or the first build) did. */
	public Reload lastReload() {
		return this.lastReload;
	}

	/** Files changed (created, modified or deleted): a reload follows once changes stop coming. */
	public void changed(Collection<Path> files) {
		synchronized (this.lock) {
			this.pending.addAll(files);
			schedule();
		}
	}

	/** Something changed that may not be named (the watcher lost events): a reload scans everything. */
	public void rescan() {
		synchronized (this.lock) {
			this.rescan = true;
			schedule();
		}
	}

	/** Runs the content check on every article not checked yet, as a reload. */
	public void checkAll() {
		synchronized (this.lock) {
			this.checkAll = true;
			schedule();
		}
	}

	/**
	 * Reloads now, on the calling thread, whatever is pending and whatever the scan finds changed; waits if a
	 * reload is running.
	 */
	public void reloadNow() {
		synchronized (this.lock) {
			this.rescan = true;
		}
		try {
			maybeRefreshBlocking();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void schedule() {
		long now = System.nanoTime();
		if (this.firstPending == 0) {
			this.firstPending = now;
		}
		this.lastPending = now;
		if (this.scheduled == null) {
			this.scheduled = later(this.delay.toNanos());
		}
	}

	/** A tick after {@code nanos}; none once the site is closing. */
	private ScheduledFuture<?> later(long nanos) {
		try {
			return this.reloads.schedule(this::tick, nanos, TimeUnit.NANOSECONDS);
		}
		catch (RejectedExecutionException ex) {
			return null;
		}
	}

	/** Reloads once changes have stopped for the delay, or ten delays after the first one at most. */
	private void tick() {
		synchronized (this.lock) {
			long now = System.nanoTime();
			long quiet = now - this.lastPending;
			if (quiet < this.delay.toNanos() && now - this.firstPending < this.delay.toNanos() * 10) {
				this.scheduled = later(this.delay.toNanos() - quiet);
				return;
			}
			this.scheduled = null;
			this.firstPending = 0;
		}
		refreshQuietly();
	}

	@Override
	protected SiteSnapshot refreshIfNeeded(SiteSnapshot current) {
		Set<Path> touched;
		boolean all;
		boolean scan;
		synchronized (this.lock) {
			touched = this.pending;
			all = this.checkAll;
			scan = this.rescan;
			this.pending = new HashSet<>();
			this.checkAll = false;
			this.rescan = false;
		}
		if (touched.isEmpty() && !all && !scan && current.isComplete()) {
			return null;
		}
		long start = System.nanoTime();
		// The check asked for comes as a reload of its own after the complete snapshot: a lazy start's snapshots
		// are then always the opening one (generation 1), the complete one (2) and the checked one (3).
		boolean checkLater = all && !current.isComplete();
		try {
			if (current.isPlaceholder()) {
				// The opening snapshot reads every file: what changed meanwhile is in it.
				SiteBuilder.Built opening = this.builder.opening();
				this.lastReload = opening.reload();
				this.reloaded.accept(opening.reload());
				describeFirst(opening, "read");
				if (checkLater) {
					checkAll();
				}
				return opening.snapshot();
			}
			SiteBuilder.Built built = this.builder.next(current, touched, all && !checkLater);
			this.onDemandBefore = current.madeOnDemand();
			Reload reload = built.reload();
			if (current.isComplete() && showsNothingNew(built, current)) {
				// A change in a folder the site does not read (.git), or a scan that found nothing.
				built.snapshot().decRef();
				return null;
			}
			this.lastReload = reload;
			this.reloaded.accept(reload);
			logger.info(reload.describe());
			Set<SiteFinding> before = new HashSet<>(current.findings());
			built.snapshot().findings().stream().filter((finding) -> !before.contains(finding)).forEach((finding) -> {
				if (all) {
					logger.debug("Content check: {}", finding.finding());
				}
				else {
					logger.warn("New finding: {}", finding.finding());
				}
			});
			if (checkLater) {
				checkAll();
			}
			return built.snapshot();
		}
		catch (CancellationException ex) {
			logger.info("Content reload stopped: the help center is stopping");
			return null;
		}
		catch (RuntimeException | StackOverflowError | OutOfMemoryError ex) {
			Reload failed = Reload.failed(Instant.now(this.clock), Duration.ofNanos(System.nanoTime() - start),
					ex.toString());
			this.lastReload = failed;
			this.reloaded.accept(failed);
			logger.warn(failed.describe());
			return null;
		}
	}

	/**
	 * On a first start, before the complete snapshot is built: the opening snapshot answers searches from its
	 * articles' Markdown ({@link SiteBuilder#searchUnrendered}); readiness is UP from then on. When that fails,
	 * search waits for the complete snapshot, which is built all the same.
	 */
	private void searchBeforeRendering(SiteSnapshot opening) {
		if (opening.isComplete() || opening.canSearch()) {
			return;
		}
		long start = System.nanoTime();
		try {
			if (this.builder.searchUnrendered(opening)) {
				logger.info("Search answers before the pages are rendered: {} articles indexed from their Markdown "
						+ "in {} ms", opening.articleCount(), Duration.ofNanos(System.nanoTime() - start).toMillis());
			}
		}
		catch (RuntimeException | StackOverflowError ex) {
			logger.warn("Search waits for every page: the articles could not be indexed from their Markdown: {}",
					ex.toString());
		}
	}

	private static boolean showsNothingNew(SiteBuilder.Built built, SiteSnapshot current) {
		Reload reload = built.reload();
		return reload.changedFiles() == 0 && reload.readFiles() == 0 && reload.renderedArticles() == 0
				&& reload.cachedArticles() == 0 && reload.cachedPages() == 0
				&& reload.preparedPages() == 0 && reload.searchDocuments() == 0
				&& built.snapshot().tree().sameFolders(current.tree())
				&& built.snapshot().findings().equals(current.findings());
	}

	@Override
	protected boolean tryIncRef(SiteSnapshot snapshot) {
		return snapshot.tryIncRef();
	}

	@Override
	protected void decRef(SiteSnapshot snapshot) {
		snapshot.decRef();
	}

	@Override
	protected int getRefCount(SiteSnapshot snapshot) {
		return snapshot.refCount();
	}

	/**
	 * Stops reloading, then closes the site: a reload that is running is asked to stop at its next step
	 * ({@link SiteBuilder#stop}) and waited for, not interrupted (it may be writing the search index), so that
	 * nothing writes to what is closed after this. (Waiting inside
	 * {@link #close()} would deadlock: a reload swaps its snapshot in under the lock that {@code close} holds.)
	 */
	public void stop() throws IOException {
		this.builder.stop();
		this.reloads.shutdown();
		try {
			if (!this.reloads.awaitTermination(1, TimeUnit.MINUTES)) {
				logger.warn("A content reload was still running when the site closed");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		close();
	}

	@Override
	protected void afterClose() {
		this.reloads.shutdownNow();
	}

}
