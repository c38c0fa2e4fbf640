package app.helpcenter.render;

import java.util.List;

import app.helpcenter.content.Article;

/**
 * One article rendered into its pages, with everything outside the article that went into them: a pure
 * function of the article and these answers, so that it can be kept as long as they stay the same.
 *
 * @param article the article
 * @param pages its pages (translated, side by side, English), without navigation, which is added per site
 * @param dependencies every question its links asked the {@link ArticleIndex} and the answer
 * @param presence which locales had its path, and with translated sentences ({@link ArticleIndex#presence}): what
 * its language switch and its English page depend on
 */
public record RenderedArticle(Article article, List<Page> pages, Dependencies dependencies, String presence) {

	public RenderedArticle {
		pages = List.copyOf(pages);
	}

}
