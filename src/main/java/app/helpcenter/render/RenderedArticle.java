package app.helpcenter.render;

import java.util.List;
import java.util.Map;

import app.helpcenter.content.Article;

/**
 * One article rendered into its pages, with everything outside the article that went into them: a pure
 * function of the article and these answers, so that it can be kept as long as they stay the same.
 *
 * @param article the article
 * @param pages its pages (translated, side by side, English), without navigation, which is added per site
 * @param linkAnswers every question its links asked the {@link ArticleIndex} ({@code locale:path}) and the answer
 * @param views the ways it can be read, as its language switch lists them
 * @param englishSource whether its English page is the one served for its path
 */
public record RenderedArticle(Article article, List<Page> pages, Map<String, Boolean> linkAnswers,
		List<Page.Alternative> views, boolean englishSource) {

	public RenderedArticle {
		pages = List.copyOf(pages);
		linkAnswers = Map.copyOf(linkAnswers);
		views = List.copyOf(views);
	}

}
