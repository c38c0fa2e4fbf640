package app.helpcenter.render;

/**
 * Which text of the bilingual segments a page shows.
 */
public enum ArticleView {

	/** The translation, as written in the locale folder. */
	TRANSLATED,

	/** The English source text kept beside each translated sentence. */
	ENGLISH

}
