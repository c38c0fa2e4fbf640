package app.helpcenter.support;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The text of HTML as a reader sees it before revealing anything: elements marked {@code hidden} (the
 * English originals waiting to be revealed, dismissible notices) left out.
 */
public final class VisibleText {

	private VisibleText() {
	}

	public static String of(Element element) {
		Element copy = element.clone();
		copy.select("[hidden]").remove();
		return copy.text();
	}

	public static String of(String html) {
		return of(Jsoup.parseBodyFragment(html).body());
	}

}
