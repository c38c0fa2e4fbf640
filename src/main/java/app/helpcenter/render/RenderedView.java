package app.helpcenter.render;

import java.util.List;

/**
 * One article in one view, as sanitized HTML ready for a template.
 *
 * @param headingHtml the article's first h1 (taken out of the body so the page can put metadata beside it)
 * @param headingText the same heading as plain text, for titles and lists
 * @param bodyHtml everything else
 * @param summary the first paragraph as plain text, for a description where the front matter has none
 * @param outline the h2 headings, for "in this article"
 */
public record RenderedView(String headingHtml, String headingText, String bodyHtml, String summary,
		List<Heading> outline) {

	/** A heading with its stable anchor. */
	public record Heading(String id, String text) {
	}

}
