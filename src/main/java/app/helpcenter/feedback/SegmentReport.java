package app.helpcenter.feedback;

import java.time.Instant;

/**
 * A reader's report of a translation problem in one sentence.
 *
 * @param locale the locale of the translation
 * @param path the article's path, as in its URL
 * @param segment the sentence's id ({@code data-ttu-id})
 * @param sentenceHash which English and translation were reported ({@link ArticleVersions#sentenceHash}):
 * when the sentence changes, older reports become stale instead of being lost
 * @param sourceText the English, as it was
 * @param translatedText the translation, as it was
 * @param suggestion the reader's better translation, or {@code null}
 * @param comment the reader's note, or {@code null}
 * @param spamScore as for votes
 * @param createdAt when it was received
 */
public record SegmentReport(String locale, String path, String segment, String sentenceHash, String sourceText,
		String translatedText, String suggestion, String comment, int spamScore, Instant createdAt) {

	/** What an operator has decided about a report. */
	public enum Status {

		OPEN, ACCEPTED, DISMISSED

	}

}
