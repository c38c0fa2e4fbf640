package app.helpcenter.content;

import java.nio.file.Path;
import java.util.List;

/**
 * Everything read from a content root: the articles that loaded and a problem for each file that did not.
 *
 * @param root the content root
 * @param articles the articles, in path order
 * @param tablesOfContents the docsets' {@code TOC.md} files
 * @param problems the files that were not loaded, with the reason
 */
public record Content(Path root, List<Article> articles, List<TableOfContents> tablesOfContents,
		List<LoadProblem> problems) {

	public Content {
		articles = List.copyOf(articles);
		tablesOfContents = List.copyOf(tablesOfContents);
		problems = List.copyOf(problems);
	}

}
