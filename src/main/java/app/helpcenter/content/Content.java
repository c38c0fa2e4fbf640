package app.helpcenter.content;

import java.nio.file.Path;
import java.util.List;

/**
 * Everything read from a content root: the articles that loaded and a problem for each file that did not.
 *
 * @param root the content root
 * @param articles the articles, in path order
 * @param tablesOfContents the docsets' {@code TOC.md} files
 * @param hubs the docsets' landing pages ({@code index.yml})
 * @param redirects the entries of each locale's redirection file
 * @param problems the files that were not loaded, with the reason
 */
public record Content(Path root, List<Article> articles, List<TableOfContents> tablesOfContents,
		List<Hub> hubs, List<Redirect> redirects, List<LoadProblem> problems) {

	public Content {
		articles = List.copyOf(articles);
		tablesOfContents = List.copyOf(tablesOfContents);
		hubs = List.copyOf(hubs);
		redirects = List.copyOf(redirects);
		problems = List.copyOf(problems);
	}

}
