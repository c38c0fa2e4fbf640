package app.helpcenter.web;

import java.util.List;

import org.springframework.web.util.HtmlUtils;

import app.helpcenter.render.Navigation;

/**
 * The table of contents as HTML for one page: the same nested list the template fragment used to build,
 * written directly, because the recursive fragment cost more than the rest of the page (about 10 ms for a
 * 250-entry table, once for every article view).
 */
final class NavigationHtml {

	private NavigationHtml() {
	}

	/** The entries as nested lists; the current article marked, the branches leading to it open. */
	static String render(Navigation navigation, String currentPath) {
		StringBuilder html = new StringBuilder(16 * 1024);
		items(navigation.items(), currentPath, html);
		return html.toString();
	}

	private static void items(List<Navigation.Item> items, String currentPath, StringBuilder html) {
		html.append("<ul class=\"toc-list\">");
		for (Navigation.Item item : items) {
			html.append("<li>");
			if (item.children().isEmpty()) {
				entry(item, currentPath, html);
			}
			else {
				html.append(item.contains(currentPath) ? "<details open><summary>" : "<details><summary>");
				entry(item, currentPath, html);
				html.append("</summary>");
				items(item.children(), currentPath, html);
				html.append("</details>");
			}
			html.append("</li>");
		}
		html.append("</ul>");
	}

	private static void entry(Navigation.Item item, String currentPath, StringBuilder html) {
		String lang = (item.lang() != null) ? " lang=\"" + HtmlUtils.htmlEscape(item.lang()) + "\"" : "";
		if (item.url() == null) {
			html.append("<span").append(lang).append('>').append(HtmlUtils.htmlEscape(item.title())).append("</span>");
			return;
		}
		html.append("<a href=\"").append(HtmlUtils.htmlEscape(item.url())).append('"').append(lang);
		if (currentPath.equals(item.articlePath())) {
			html.append(" aria-current=\"page\"");
		}
		html.append('>').append(HtmlUtils.htmlEscape(item.title())).append("</a>");
	}

}
