package app.helpcenter.render;

/**
 * Which text of the bilingual segments a page shows.
 */
public enum ArticleView {

	/** The translation, as written in the locale folder, with each English original ready to reveal. */
	TRANSLATED,

	/** The English source text kept beside each translated sentence. */
	ENGLISH,

	/** Translation and English side by side, block by block. */
	BILINGUAL

}
