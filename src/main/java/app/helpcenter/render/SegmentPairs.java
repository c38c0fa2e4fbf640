package app.helpcenter.render;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * What a sentence pair is, for the renderer and the content check alike: a translated
 * {@code span[data-ttu-id="X"]} followed (blank text between allowed) by a {@code span.sxs-lookup} whose
 * {@code span[data-stu-id="X"]} holds the English. Quoting, attribute order and spans inside a sentence are
 * the HTML parser's business, not a pattern's.
 */
public final class SegmentPairs {

	private SegmentPairs() {
	}

	/** The {@code span.sxs-lookup} holding the English of a translated span, or {@code null} when it has none. */
	public static Element lookupOf(Element translated) {
		Node next = translated.nextSibling();
		while (next instanceof TextNode text && text.isBlank()) {
			next = next.nextSibling();
		}
		if (next instanceof Element lookup && lookup.normalName().equals("span") && lookup.hasClass("sxs-lookup")) {
			Element source = lookup.selectFirst("span[data-stu-id]");
			if (source != null && source.attr("data-stu-id").equals(translated.attr("data-ttu-id"))) {
				return lookup;
			}
		}
		return null;
	}

	/** The English span of a translated span, or {@code null} when it has none. */
	public static Element englishOf(Element translated) {
		Element lookup = lookupOf(translated);
		return (lookup != null) ? lookup.selectFirst("span[data-stu-id]") : null;
	}

}
