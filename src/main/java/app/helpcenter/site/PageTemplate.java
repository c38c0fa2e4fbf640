package app.helpcenter.site;

import java.util.List;
import java.util.function.BiConsumer;

import app.helpcenter.render.Page;

/** Turns article pages into the complete HTML of their responses: the web layer's templates. */
@FunctionalInterface
public interface PageTemplate {

	/**
	 * Renders each page and hands its HTML to {@code sink} as soon as it is made; may call {@code sink} from
	 * several threads at once, and returns when every page is done.
	 */
	void render(List<Page> pages, BiConsumer<Page, String> sink);

	/**
	 * What else than the page goes into its response, as text that is the same whenever the response would be
	 * (settings; the templates themselves are the build's): with the page, it finds a response kept in the
	 * render cache.
	 */
	default String settingsFor(Page page) {
		return "";
	}

}
