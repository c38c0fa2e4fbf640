package app.helpcenter.web;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.util.HtmlUtils;

import app.helpcenter.render.Navigation;

/**
 * A docset's table of contents as HTML, for each of its pages: the same nested list the template fragment
 * used to build, written directly, because the recursive fragment cost more than the rest of the page (about
 * 10 ms for a 250-entry table, once for every article view). Each entry's HTML is escaped once, when this is
 * made; a page's list only marks its own entry and opens the branches leading to it. Safe to share between
 * threads.
 * <p>
 * A group whose title is a link gets its expand control beside the link, not around it: a link inside a
 * {@code <summary>} is a control inside a control, which screen readers announce badly and which a tap opens
 * instead of expanding. The control is named after the group, for those who cannot see where it is.
 */
final class NavigationHtml {

	private final Navigation navigation;

	/** Each entry's HTML before and after the place of {@code aria-current}; by identity, as entries are values. */
	private final Map<Navigation.Item, Entry> entries = new IdentityHashMap<>();

	NavigationHtml(Navigation navigation) {
		this.navigation = navigation;
		collect(navigation.items());
	}

	private void collect(List<Navigation.Item> items) {
		for (Navigation.Item item : items) {
			this.entries.put(item, Entry.of(item));
			collect(item.children());
		}
	}

	/** The entries as nested lists; the current article marked, the branches leading to it open. */
	String render(String currentPath) {
		StringBuilder html = new StringBuilder(16 * 1024);
		items(this.navigation.items(), currentPath, html);
		return html.toString();
	}

	private void items(List<Navigation.Item> items, String currentPath, StringBuilder html) {
		html.append("<ul class=\"toc-list\">");
		for (Navigation.Item item : items) {
			html.append(item.children().isEmpty() ? "<li>" : "<li class=\"toc-group\">");
			if (item.children().isEmpty()) {
				entry(item, currentPath, html);
			}
			else if (item.url() == null) {
				html.append(item.contains(currentPath) ? "<details open><summary>" : "<details><summary>");
				entry(item, currentPath, html);
				html.append("</summary>");
				items(item.children(), currentPath, html);
				html.append("</details>");
			}
			else {
				entry(item, currentPath, html);
				html.append(item.contains(currentPath) ? "<details open><summary>" : "<details><summary>");
				html.append(this.entries.get(item).controlName());
				html.append("</summary>");
				items(item.children(), currentPath, html);
				html.append("</details>");
			}
			html.append("</li>");
		}
		html.append("</ul>");
	}

	private void entry(Navigation.Item item, String currentPath, StringBuilder html) {
		Entry entry = this.entries.get(item);
		html.append(entry.start());
		if (currentPath.equals(item.articlePath())) {
			html.append(" aria-current=\"page\"");
		}
		html.append(entry.end());
	}

	/**
	 * An entry's link (or section title) up to where {@code aria-current} goes, and the rest; and the name of
	 * its expand control when it is a link with children.
	 */
	private record Entry(String start, String end, String controlName) {

		static Entry of(Navigation.Item item) {
			String lang = (item.lang() != null) ? " lang=\"" + HtmlUtils.htmlEscape(item.lang()) + "\"" : "";
			String title = HtmlUtils.htmlEscape(item.title());
			if (item.url() == null) {
				return new Entry("<span" + lang, ">" + title + "</span>", "");
			}
			return new Entry("<a href=\"" + HtmlUtils.htmlEscape(item.url()) + "\"" + lang, ">" + title + "</a>",
					"<span class=\"visually-hidden\"" + lang + ">" + title + "</span>");
		}

	}

}
