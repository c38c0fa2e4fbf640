package app.helpcenter.feedback;

import java.time.Instant;
import java.util.Set;

/**
 * One answer to "Was this article helpful?".
 *
 * @param locale the locale of the page it was given on
 * @param path the article's path, as in its URL
 * @param articleVersion which text of the article the reader read ({@link ArticleVersions})
 * @param view the view it was read in: {@code translated}, {@code english} or {@code bilingual}
 * @param helpful yes or no
 * @param reasons the reasons chosen (after a no), from {@link FeedbackForm#REASONS}
 * @param comment what the reader wrote, or {@code null}
 * @param spamScore how much the comment looks like a reader's (100) rather than spam (0); 100 without comment
 * @param createdAt when it was received
 */
public record Vote(String locale, String path, String articleVersion, String view, boolean helpful,
		Set<String> reasons, String comment, int spamScore, Instant createdAt) {

	public Vote {
		reasons = Set.copyOf(reasons);
	}

}
