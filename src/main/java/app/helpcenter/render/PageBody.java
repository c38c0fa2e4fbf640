package app.helpcenter.render;

import java.util.Optional;

import app.helpcenter.content.CompactText;

/**
 * A page's sanitized body HTML, kept deflated from rendering until the page's responses and search entry are
 * made from it, then released: afterwards the page is served from its prepared response, and the bodies
 * would only take room (most of the heap the pages take).
 */
public final class PageBody {

	private volatile CompactText html;

	PageBody(String html) {
		this.html = CompactText.of(html);
	}

	/** The HTML, or nothing once it is released. */
	Optional<String> html() {
		CompactText kept = this.html;
		return (kept != null) ? Optional.of(kept.toString()) : Optional.empty();
	}

	/** Drops the HTML; returns the bytes it took, 0 when it was already released. */
	int release() {
		CompactText kept = this.html;
		this.html = null;
		return (kept != null) ? kept.compactSize() : 0;
	}

	@Override
	public String toString() {
		CompactText kept = this.html;
		return (kept != null) ? "PageBody[" + kept.compactSize() + " bytes deflated]" : "PageBody[released]";
	}

}
