package app.helpcenter.render;

import app.helpcenter.content.CompactText;

/**
 * A page's sanitized body HTML, kept deflated: as Strings, the bodies of every page would take most of the heap.
 * Its identity stands for one rendering: a page rendered again has a new body, however alike, and what was made
 * from a body (a prepared response, a search document) is current as long as the page has the same one.
 */
public final class PageBody {

	private final CompactText html;

	PageBody(String html) {
		this.html = CompactText.of(html);
	}

	/** A body read back as it was kept ({@link RenderedArticleCodec}). */
	PageBody(CompactText html) {
		this.html = html;
	}

	CompactText compact() {
		return this.html;
	}

	String html() {
		return this.html.toString();
	}

	/** The bytes it takes in memory. */
	public int compactSize() {
		return this.html.compactSize();
	}

	@Override
	public String toString() {
		return "PageBody[" + this.html.compactSize() + " bytes deflated]";
	}

}
