package app.helpcenter.render;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Element;

/**
 * What a link of a page is, for the renderer and the content check alike: the {@code href} of an {@code a}
 * and the {@code src} of an {@code img} in the HTML that {@link MarkdownRenderer} makes of an article. Links
 * that Markdown shows as code, or that an extension leaves out, are not in that HTML, so neither resolves nor
 * checks them.
 */
public final class PageLinks {

	private PageLinks() {
	}

	/**
	 * @param element the {@code a} or {@code img} element
	 * @param target its {@code href} or {@code src} as the article wrote it
	 * @param image whether it shows an image ({@code img}) rather than linking somewhere ({@code a})
	 */
	public record Link(Element element, String target, boolean image) {

		/** Points the link elsewhere, or makes it lead nowhere when {@code target} is {@code null}. */
		void retarget(String target) {
			String attribute = this.image ? "src" : "href";
			if (target == null) {
				this.element.removeAttr(attribute);
			}
			else {
				this.element.attr(attribute, target);
			}
		}

	}

	/** The links in document order, links first, then images. */
	public static List<Link> of(Element html) {
		List<Link> links = new ArrayList<>();
		for (Element link : html.select("a[href]")) {
			links.add(new Link(link, link.attr("href"), false));
		}
		for (Element image : html.select("img[src]")) {
			links.add(new Link(image, image.attr("src"), true));
		}
		return links;
	}

}
