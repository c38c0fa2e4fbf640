package app.helpcenter.feedback;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.TreeSet;

/**
 * Votes and comments as CSV (RFC 4180, UTF-8): one row per vote, a header first. A cell that a spreadsheet
 * would take for a formula ({@code =}, {@code +}, {@code -}, {@code @} first) starts with an apostrophe, so that
 * a reader's comment cannot run in an operator's spreadsheet.
 */
public final class FeedbackCsv {

	public static final List<String> HEADER = List.of("id", "received", "locale", "path", "article_version", "view",
			"helpful", "reasons", "comment", "spam_score", "hidden");

	private final Writer out;

	private final int spamThreshold;

	public FeedbackCsv(Writer out, int spamThreshold) {
		this.out = out;
		this.spamThreshold = spamThreshold;
		row(HEADER);
	}

	public void add(FeedbackStore.StoredVote stored) {
		Vote vote = stored.vote();
		row(List.of(Long.toString(stored.id()), DateTimeFormatter.ISO_INSTANT.format(vote.createdAt()), vote.locale(),
				vote.path(), vote.articleVersion(), vote.view(), vote.helpful() ? "yes" : "no",
				String.join(" ", new TreeSet<>(vote.reasons())), (vote.comment() != null) ? vote.comment() : "",
				Integer.toString(vote.spamScore()), (vote.spamScore() < this.spamThreshold) ? "yes" : "no"));
	}

	private void row(List<String> cells) {
		try {
			for (int i = 0; i < cells.size(); i++) {
				if (i > 0) {
					this.out.write(',');
				}
				this.out.write(cell(cells.get(i)));
			}
			this.out.write("\r\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String cell(String value) {
		String safe = (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) ? "'" + value : value;
		if (safe.indexOf(',') < 0 && safe.indexOf('"') < 0 && safe.indexOf('\n') < 0 && safe.indexOf('\r') < 0) {
			return safe;
		}
		return '"' + safe.replace("\"", "\"\"") + '"';
	}

}
