package app.helpcenter.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryWatcher;
import io.methvin.watcher.visitor.FileTreeVisitor;
import org.apache.lucene.search.ReferenceManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

import app.helpcenter.content.LocaleFolder;

/**
 * Follows the content folder while the site runs, with {@code io.methvin:directory-watcher} (the JDK's
 * {@code WatchService} needs a registration per folder and only polls on macOS): every change of a file the site
 * could read is reported to the {@link LiveSite}, which reloads once changes stop coming; lost events (an
 * overflow) make it scan everything. Locale folders that are links to a checkout elsewhere are watched at their
 * real path, and when the locale folders change the watcher starts again on the new set. Hidden folders
 * ({@code .git}) are not watched.
 */
public final class ContentWatcher implements SmartLifecycle, ReferenceManager.RefreshListener {

	private static final Logger logger = LoggerFactory.getLogger(ContentWatcher.class);

	private final LiveSite site;

	private final Path root;

	private DirectoryWatcher watcher;

	private List<Path> watched = List.of();

	private volatile boolean running;

	public ContentWatcher(LiveSite site, Path root) {
		this.site = site;
		this.root = root.toAbsolutePath().normalize();
		site.addListener(this);
	}

	@Override
	public synchronized void start() {
		if (this.running) {
			return;
		}
		this.running = true;
		watch(paths());
	}

	@Override
	public synchronized void stop() {
		this.running = false;
		close();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/** The folders watched now. */
	synchronized List<Path> watched() {
		return this.watched;
	}

	@Override
	public void beforeRefresh() {
	}

	/** After a reload, watches the locale folders that are links elsewhere, when they changed. */
	@Override
	public synchronized void afterRefresh(boolean didRefresh) {
		if (!didRefresh || !this.running) {
			return;
		}
		List<Path> paths = paths();
		if (!paths.equals(this.watched)) {
			close();
			watch(paths);
		}
	}

	/** The content root, and the real path of each locale folder that is not inside it. */
	private List<Path> paths() {
		List<Path> paths = new ArrayList<>();
		paths.add(this.root);
		SiteSnapshot snapshot = acquire();
		try {
			for (LocaleFolder folder : snapshot.tree().folders()) {
				if (!folder.real().startsWith(this.root)) {
					paths.add(folder.real());
				}
			}
		}
		finally {
			release(snapshot);
		}
		return List.copyOf(paths);
	}

	private SiteSnapshot acquire() {
		try {
			return this.site.acquire();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private void release(SiteSnapshot snapshot) {
		try {
			this.site.release(snapshot);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private void watch(List<Path> paths) {
		try {
			this.watcher = DirectoryWatcher.builder()
				.paths(paths)
				.fileHashing(false)
				.fileTreeVisitor(new VisibleFolders())
				.logger(logger)
				.listener(this::onEvent)
				.build();
			this.watcher.watchAsync();
			this.watched = paths;
			logger.info("Watching {} for changes", paths);
		}
		catch (IOException ex) {
			logger.warn("Cannot watch {} for changes ({}); content is reloaded on restart only", paths, ex.toString());
		}
	}

	private void onEvent(DirectoryChangeEvent event) {
		if (event.eventType() == DirectoryChangeEvent.EventType.OVERFLOW) {
			this.site.rescan();
		}
		else if (event.path() != null && !isHidden(event.path())) {
			this.site.changed(List.of(event.path()));
		}
	}

	/** Whether a path is in a hidden folder (or is a hidden file other than the redirection file). */
	private boolean isHidden(Path path) {
		Path relative = path.startsWith(this.root) ? this.root.relativize(path) : path.getFileName();
		for (Path part : relative) {
			String name = part.toString();
			if (name.startsWith(".") && !name.equals(".openpublishing.redirection.json")) {
				return true;
			}
		}
		return false;
	}

	private void close() {
		if (this.watcher != null) {
			try {
				this.watcher.close();
			}
			catch (IOException ex) {
				logger.debug("Closing the content watcher: {}", ex.toString());
			}
			this.watcher = null;
		}
	}

	/** Walks folders to watch, leaving out hidden ones ({@code .git} changes with every commit). */
	private static final class VisibleFolders implements FileTreeVisitor {

		@Override
		public void recursiveVisitFiles(Path file, Callback onDirectory, Callback onFile) throws IOException {
			if (!Files.isDirectory(file)) {
				onFile.call(file);
				return;
			}
			onDirectory.call(file);
			try (Stream<Path> children = Files.list(file)) {
				for (Path child : children.toList()) {
					if (Files.isDirectory(child, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
						if (!child.getFileName().toString().startsWith(".")) {
							recursiveVisitFiles(child, onDirectory, onFile);
						}
					}
					else {
						onFile.call(child);
					}
				}
			}
			catch (IOException ex) {
				logger.debug("Cannot watch {}: {}", file, ex.toString());
			}
		}

	}

}
