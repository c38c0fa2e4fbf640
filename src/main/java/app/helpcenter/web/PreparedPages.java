package app.helpcenter.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import app.helpcenter.render.Navigation;
import app.helpcenter.render.Page;
import app.helpcenter.render.Pages;
import app.helpcenter.render.SiteLocales;

/**
 * The complete response of every article page, rendered through its template once when content loads:
 * its gzip form and an ETag for it and for the uncompressed HTML. A request for an article is then a lookup
 * and a write, and gives the same bytes to every reader, so any shared cache can hold it. The bytes are kept
 * in a {@link ResponseStore}, out of the heap; the rare reader that does not accept gzip gets them inflated.
 */
final class PreparedPages implements AutoCloseable {

	private final Map<String, Prepared> byUrl = new ConcurrentHashMap<>();

	private final ResponseStore store;

	PreparedPages(Pages pages, ITemplateEngine templates, Assets assets, Path storeFolder) {
		this.store = new ResponseStore(storeFolder);
		List<Page> all = pages.locales()
			.stream()
			.flatMap((locale) -> pages.list(locale).stream()
				.flatMap((page) -> pages.findBilingual(locale, page.path()).map((bilingual) -> List.of(page, bilingual))
					.orElse(List.of(page))
					.stream()))
			.toList();
		Map<Navigation, NavigationHtml> tables = new IdentityHashMap<>();
		all.stream()
			.map(Page::navigation)
			.filter(Objects::nonNull)
			.forEach((navigation) -> tables.computeIfAbsent(navigation, NavigationHtml::new));
		// Threads of our own, not the common pool: they inherit this thread's context class loader, which
		// finds the templates inside the packaged jar.
		ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
		try {
			List<Future<?>> done = all.stream().map((page) -> pool.submit(() -> {
				Context context = new Context(SiteLocales.locale(page.locale()), Map.of("page", page, "assets", assets,
						"toc", (page.navigation() != null) ? tables.get(page.navigation()).render(page.path()) : ""));
				this.byUrl.put(page.url(), prepare(templates.process("article/show", context)));
			})).collect(Collectors.toList());
			for (Future<?> future : done) {
				future.get();
			}
			this.store.seal();
		}
		catch (ExecutionException ex) {
			this.store.close();
			throw new IllegalStateException("Cannot prepare article pages", ex.getCause());
		}
		catch (InterruptedException ex) {
			this.store.close();
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while preparing article pages", ex);
		}
		finally {
			pool.shutdownNow();
		}
	}

	private Prepared prepare(String html) {
		byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
		return new Prepared(this.store, this.store.append(gzip(bytes)), bytes.length, "\"" + hash(bytes) + "\"");
	}

	Prepared get(Page page) {
		Prepared prepared = this.byUrl.get(page.url());
		if (prepared == null) {
			throw new IllegalStateException("No prepared response for " + page.url());
		}
		return prepared;
	}

	/** The prepared response served at exactly this URL (path and query), or {@code null}. */
	Prepared get(String url) {
		return this.byUrl.get(url);
	}

	int size() {
		return this.byUrl.size();
	}

	/** The bytes the prepared responses take, gzip-compressed, outside the heap. */
	long storedBytes() {
		return this.store.size();
	}

	@Override
	public void close() {
		this.store.close();
	}

	private static byte[] gzip(byte[] bytes) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4);
		try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
			gzip.write(bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static String hash(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * One page's response.
	 *
	 * @param store where its bytes are
	 * @param gzipLocation where its gzip form is in the store
	 * @param htmlLength the length of the HTML, uncompressed
	 * @param etag the strong ETag of the HTML; the gzip form's is {@link #gzipEtag()}
	 */
	record Prepared(ResponseStore store, ResponseStore.Location gzipLocation, int htmlLength, String etag) {

		/** The gzip form, as a buffer of its own. */
		ByteBuffer gzip() {
			return this.store.read(this.gzipLocation);
		}

		/** The HTML, inflated from the gzip form. */
		byte[] html() {
			ByteBuffer gzip = gzip();
			byte[] compressed = new byte[gzip.remaining()];
			gzip.get(compressed);
			try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
				return in.readAllBytes();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		/** Each content coding is a different representation and needs its own strong ETag. */
		String gzipEtag() {
			return this.etag.substring(0, this.etag.length() - 1) + "-gzip\"";
		}

	}

}
