package app.helpcenter.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A docset's table of contents in one language, shared by all its pages: links resolved, titles in that
 * language where the linked article has one.
 *
 * @param items the top-level entries
 */
public record Navigation(List<Item> items) {

	public Navigation {
		items = List.copyOf(items);
	}

	/** The entries from the top down to the one for {@code path}, empty when the article is not listed. */
	public List<Item> trail(String path) {
		List<Item> trail = new ArrayList<>();
		return find(this.items, path, trail) ? trail : List.of();
	}

	private static boolean find(List<Item> items, String path, List<Item> trail) {
		for (Item item : items) {
			trail.add(item);
			if (path.equals(item.articlePath()) || (item.contains(path) && find(item.children(), path, trail))) {
				return true;
			}
			trail.remove(trail.size() - 1);
		}
		return false;
	}

	/**
	 * One entry.
	 *
	 * @param title its title in the navigation's language
	 * @param lang the language of the title when it differs from the page's (a Chinese section title on an
	 * English page), otherwise {@code null}
	 * @param url where it links, {@code null} for a section title
	 * @param articlePath the loaded article it links to, {@code null} when it links elsewhere
	 * @param children the entries under it
	 * @param articlePaths the articles linked from it and below it, to open the branch of the current page
	 */
	public record Item(String title, String lang, String url, String articlePath, List<Item> children,
			Set<String> articlePaths) {

		public Item {
			children = List.copyOf(children);
			articlePaths = Set.copyOf(articlePaths);
		}

		public boolean contains(String path) {
			return this.articlePaths.contains(path);
		}

	}

}
