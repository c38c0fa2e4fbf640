package app.helpcenter.feedback;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import app.helpcenter.content.Article;
import app.helpcenter.render.SegmentPairs;

/**
 * Which text a reader's feedback was about: the version of an article (a hash of its Markdown, includes
 * expanded) and the sentences of it, found as the renderer pairs them ({@link SegmentPairs}).
 */
public final class ArticleVersions {

	private ArticleVersions() {
	}

	/** The version of an article's text: the first 16 bytes of the SHA-256 of its Markdown, in hex. */
	public static String version(Article article) {
		return hash(article.markdown());
	}

	/**
	 * A translated sentence of an article and its English.
	 * @param segment its id
	 * @param sourceText the English as written (Markdown inside it kept)
	 * @param translatedText the translation as written
	 */
	public record Sentence(String segment, String sourceText, String translatedText) {

		/** A hash of both texts: a report made on other texts is stale. */
		public String hash() {
			return ArticleVersions.hash(this.sourceText + '\u0000' + this.translatedText);
		}

	}

	/** The sentence with this id, when the article has it, translated and with its English. */
	public static Optional<Sentence> sentence(Article article, String segment) {
		if (!article.segmented()) {
			return Optional.empty();
		}
		Element body = Parser.htmlParser().parseInput(article.markdown(), "").body();
		for (Element translated : body.getElementsByAttributeValue("data-ttu-id", segment)) {
			Element english = SegmentPairs.englishOf(translated);
			if (english != null) {
				return Optional.of(new Sentence(segment, english.text(), translated.text()));
			}
		}
		return Optional.empty();
	}

	static String hash(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java has SHA-256", ex);
		}
	}

}
