package app.helpcenter.site;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import app.helpcenter.cache.RenderCache;
import app.helpcenter.render.Page;
import app.helpcenter.render.Pages;

/**
 * The complete response of every article page, rendered through its template once: its gzip form and an ETag
 * for it and for the uncompressed HTML. A request for an article is then a lookup and a write, and gives the
 * same bytes to every reader, so any shared cache can hold it. The bytes are kept in {@link ResponseStore}s,
 * out of the heap; the rare reader that does not accept gzip gets them inflated.
 *
 * <p>
 * Each set of responses belongs to one site snapshot. The next one takes over every response whose page is
 * the very same (same rendering, same navigation) and prepares only the others, into a store of their own; a
 * store whose responses are mostly replaced has the rest copied forward, so that stale bytes never make up
 * more than about half of what is kept.
 */
public final class PreparedResponses {

	private final Map<String, Prepared> byUrl;

	/** The bytes each store holds that some response here still uses: a store mostly unused is compacted. */
	private final Map<ResponseStore, Long> liveBytes;

	/** The generation of the pages these responses are of ({@link Pages#generation()}), -1 for none. */
	private final long pages;

	private final Set<String> prepared;

	private final int fromCache;

	/**
	 * @param byUrl the responses, in a map made for this set alone (it is not copied)
	 */
	private PreparedResponses(Map<String, Prepared> byUrl, Map<ResponseStore, Long> liveBytes, long pages,
			Set<String> prepared, int fromCache) {
		this.byUrl = Collections.unmodifiableMap(byUrl);
		this.liveBytes = liveBytes;
		this.pages = pages;
		this.prepared = prepared;
		this.fromCache = fromCache;
		this.liveBytes.keySet().forEach(ResponseStore::retain);
	}

	/** No responses. */
	static PreparedResponses none() {
		return new PreparedResponses(Map.of(), new IdentityHashMap<>(), -1, Set.of(), 0);
	}

	/**
	 * The responses of {@code pages}: those of {@code previous} whose page is unchanged, and new ones for the
	 * others, made with {@code template} into a new store in {@code folder}. When {@code pages} were assembled
	 * from the pages {@code previous} is of, only the pages they say changed are looked at.
	 */
	static PreparedResponses next(PreparedResponses previous, Pages pages, PageTemplate template, Path folder,
			RenderCache cache) {
		Map<String, Prepared> byUrl;
		List<Page> changed;
		if (previous.pages >= 0 && pages.basedOn() == previous.pages) {
			byUrl = new HashMap<>(previous.byUrl);
			pages.changes().removed().forEach((page) -> byUrl.remove(page.url()));
			changed = pages.changes().renewed();
		}
		else {
			byUrl = new HashMap<>();
			changed = new ArrayList<>();
			for (Page page : pages.all()) {
				Prepared before = previous.byUrl.get(page.url());
				if (before != null && before.page == page) {
					byUrl.put(before.url, before);
				}
				else {
					changed.add(page);
				}
			}
		}
		changed.forEach((page) -> byUrl.remove(page.url()));
		Map<ResponseStore, Long> live = liveBytes(byUrl.values());
		List<Prepared> moved = mostlyStale(byUrl.values(), live);
		if (changed.isEmpty() && moved.isEmpty()) {
			return new PreparedResponses(byUrl, live, pages.generation(), Set.of(), 0);
		}
		ResponseStore store = new ResponseStore(folder);
		try {
			Map<String, Prepared> made = new ConcurrentHashMap<>();
			List<Page> toMake = fromCache(changed, template, cache, store, made);
			template.render(toMake, (page, html) -> {
				byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
				RenderCache.Response response = new RenderCache.Response(Responses.gzip(bytes), bytes.length,
						Responses.etag(bytes));
				made.put(page.url(), new Prepared(store, store.append(response.gzip()), bytes.length, response.etag(), page));
				cache.storeResponse(page, template.settingsFor(page), response);
			});
			for (Prepared stale : moved) {
				ByteBuffer gzip = stale.gzip();
				byte[] bytes = new byte[gzip.remaining()];
				gzip.get(bytes);
				byUrl.put(stale.url, new Prepared(store, store.append(bytes), stale.htmlLength, stale.etag, stale.page));
			}
			store.seal();
			byUrl.putAll(made);
			return new PreparedResponses(byUrl, liveBytes(byUrl.values()), pages.generation(),
					Set.copyOf(made.keySet()), changed.size() - toMake.size());
		}
		finally {
			store.release();
		}
	}

	/** The bytes of each store that the responses use. */
	private static Map<ResponseStore, Long> liveBytes(Collection<Prepared> responses) {
		Map<ResponseStore, Long> live = new IdentityHashMap<>();
		for (Prepared prepared : responses) {
			live.merge(prepared.store, (long) prepared.gzipLocation.length(), Long::sum);
		}
		return live;
	}

	/**
	 * The responses taken over that sit in a store whose other bytes are no longer used by anything: more than
	 * half of it stale, and that store would be kept only for them.
	 */
	private static List<Prepared> mostlyStale(Collection<Prepared> kept, Map<ResponseStore, Long> live) {
		Set<ResponseStore> stale = Collections.newSetFromMap(new IdentityHashMap<>());
		live.forEach((store, bytes) -> {
			if (bytes * 2 < store.size()) {
				stale.add(store);
			}
		});
		if (stale.isEmpty()) {
			return List.of();
		}
		return kept.stream().filter((prepared) -> stale.contains(prepared.store)).toList();
	}

	/**
	 * Puts the responses the cache has of {@code pages} into {@code store} and {@code made}, each as soon as it is
	 * read (the heap holds a few at a time, not all).
	 * @return the pages whose responses must be made
	 */
	private static List<Page> fromCache(List<Page> pages, PageTemplate template, RenderCache cache,
			ResponseStore store, Map<String, Prepared> made) {
		return pages.parallelStream().filter((page) -> {
			RenderCache.Response response = cache.findResponse(page, template.settingsFor(page)).orElse(null);
			if (response == null) {
				return true;
			}
			made.put(page.url(),
					new Prepared(store, store.append(response.gzip()), response.htmlLength(), response.etag(), page));
			return false;
		}).toList();
	}

	/** The prepared response served at exactly this URL (path and query), or {@code null}. */
	public Prepared get(String url) {
		return this.byUrl.get(url);
	}

	public int size() {
		return this.byUrl.size();
	}

	/** The URLs answered. */
	Set<String> urls() {
		return this.byUrl.keySet();
	}

	/** The URLs whose responses were prepared for this set (made, or read from the render cache); the others were taken over. */
	public Set<String> prepared() {
		return this.prepared;
	}

	/** How many of those were read from the render cache instead of made. */
	public int fromCache() {
		return this.fromCache;
	}

	/** The bytes the stores in use take, gzip-compressed, outside the heap. */
	public long storedBytes() {
		return this.liveBytes.keySet().stream().mapToLong(ResponseStore::size).sum();
	}

	/** Lets go of the stores; those no other set uses are closed. */
	void release() {
		this.liveBytes.keySet().forEach(ResponseStore::release);
	}

	/** One page's response. */
	public static final class Prepared implements ResponseBytes {

		private final ResponseStore store;

		private final ResponseStore.Location gzipLocation;

		private final int htmlLength;

		private final String etag;

		private final Page page;

		private final String url;

		Prepared(ResponseStore store, ResponseStore.Location gzipLocation, int htmlLength, String etag, Page page) {
			this.url = page.url();
			this.store = store;
			this.gzipLocation = gzipLocation;
			this.htmlLength = htmlLength;
			this.etag = etag;
			this.page = page;
		}

		/** The gzip form, as a buffer of its own; valid while the snapshot it came from is held. */
		@Override
		public ByteBuffer gzip() {
			return this.store.read(this.gzipLocation);
		}

		/** The gzip form, as an array of its own. */
		byte[] compressed() {
			ByteBuffer gzip = gzip();
			byte[] compressed = new byte[gzip.remaining()];
			gzip.get(compressed);
			return compressed;
		}

		/** The HTML, inflated from the gzip form. */
		@Override
		public byte[] html() {
			return Responses.gunzip(compressed());
		}

		@Override
		public int htmlLength() {
			return this.htmlLength;
		}

		@Override
		public String etag() {
			return this.etag;
		}

		/** Whether its bytes can still be read: some snapshot still uses its store. */
		boolean isReadable() {
			return this.store.isOpen();
		}

		/** The page it was made from. */
		public Page page() {
			return this.page;
		}

	}

}
