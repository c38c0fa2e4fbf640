package app.helpcenter.content;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything read from a content root: the articles that loaded and a problem for each file that did not.
 *
 * @param root the content root
 * @param folders its locale folders, through which every file is read
 * @param articles the articles, in path order
 * @param tablesOfContents the docsets' {@code TOC.md} files
 * @param hubs the docsets' landing pages ({@code index.yml})
 * @param redirects the entries of each locale's redirection file
 * @param synonyms the text of each locale's {@code search-synonyms.txt}, by its entry
 * @param problems the files that were not loaded, with the reason
 */
public record Content(Path root, List<LocaleFolder> folders, List<Article> articles, List<TableOfContents> tablesOfContents,
		List<Hub> hubs, List<Redirect> redirects, Map<ContentTree.Entry, String> synonyms, List<LoadProblem> problems) {

	public Content {
		folders = List.copyOf(folders);
		articles = List.copyOf(articles);
		tablesOfContents = List.copyOf(tablesOfContents);
		hubs = List.copyOf(hubs);
		redirects = List.copyOf(redirects);
		synonyms = Map.copyOf(synonyms);
		problems = List.copyOf(problems);
	}

	/** The locale folder of a locale. */
	public Optional<LocaleFolder> folder(String locale) {
		return this.folders.stream().filter((folder) -> folder.locale().equals(locale)).findFirst();
	}

}
