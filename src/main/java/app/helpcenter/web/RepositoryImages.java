package app.helpcenter.web;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.view.RedirectView;

import app.helpcenter.content.ContentProperties;
import app.helpcenter.content.LocaleFolder;
import app.helpcenter.render.LinkProperties;
import app.helpcenter.render.LinkResolver;
import app.helpcenter.render.Urls;

/**
 * The images articles show ({@code /zh-tw/docs/media/a.png}), from the locale folder of the repository: read at
 * request time under the rules every content read follows (inside the locale folder, a regular file, bounded),
 * image types only, cacheable like pages. An image the repository does not have is sent to the same path on the
 * upstream docs site, as before images were served here; a change to an image shows without a reload.
 */
@Component
class RepositoryImages {

	/** Screenshots are larger than articles; anything bigger is not an image an article should show. */
	static final long MAX_BYTES = 10L * 1024 * 1024;

	private static final Map<String, String> TYPES = Map.of("png", "image/png", "jpg", "image/jpeg", "jpeg",
			"image/jpeg", "gif", "image/gif", "svg", "image/svg+xml", "webp", "image/webp");

	/** SVG can hold script: shown as an image it never runs, opened on its own it must not either. */
	private static final String SVG_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox";

	private final Path root;

	private final String upstream;

	private final String cacheControl;

	RepositoryImages(ContentProperties content, LinkProperties links, WebProperties web) {
		this.root = content.root();
		this.upstream = links.upstream();
		this.cacheControl = web.cacheControl();
	}

	static boolean isImage(String path) {
		return LinkResolver.IMAGE.matcher(path).find();
	}

	/** The image at {@code path} of the locale folder {@code locale}, or a redirect to its upstream copy. */
	ModelAndView serve(String locale, String path) {
		String extension = path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
		Optional<byte[]> bytes;
		try {
			bytes = LocaleFolder.open(this.root.resolve(locale), MAX_BYTES).readIfAllowed(Path.of(path), MAX_BYTES);
		}
		catch (IOException | InvalidPathException ex) {
			bytes = Optional.empty();
		}
		if (bytes.isPresent()) {
			return new ModelAndView(new ImageView(bytes.get(), TYPES.get(extension), this.cacheControl));
		}
		RedirectView upstream = new RedirectView(LinkResolver.upstreamSite(this.upstream, locale) + Urls.path(path));
		upstream.setStatusCode(HttpStatus.FOUND);
		upstream.setExpandUriTemplateVariables(false);
		upstream.setExposeModelAttributes(false);
		return new ModelAndView(upstream);
	}

	private record ImageView(byte[] bytes, String type, String cacheControl) implements View {

		@Override
		public String getContentType() {
			return this.type;
		}

		@Override
		public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
				throws IOException {
			response.setContentType(this.type);
			response.setHeader(HttpHeaders.CACHE_CONTROL, this.cacheControl);
			response.setHeader("X-Content-Type-Options", "nosniff");
			if (this.type.equals("image/svg+xml")) {
				response.addHeader("Content-Security-Policy", SVG_POLICY);
			}
			response.setContentLength(this.bytes.length);
			if (!"HEAD".equals(request.getMethod())) {
				response.getOutputStream().write(this.bytes);
			}
		}

	}

}
