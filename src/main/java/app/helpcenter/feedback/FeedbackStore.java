package app.helpcenter.feedback;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Where feedback is kept: the one class that writes SQL. Each write is one transaction, committed before the
 * method returns, so what a reader was told was received is in the database.
 */
@Repository
public class FeedbackStore {

	private final JdbcClient jdbc;

	public FeedbackStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Keeps a vote. @return its id */
	public long add(Vote vote) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("insert into article_vote (created_at, locale, path, article_version, reading_view, helpful, "
				+ "reasons, comment, spam_score) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(Timestamp.from(vote.createdAt()), vote.locale(), vote.path(), vote.articleVersion(), vote.view(),
					vote.helpful(), String.join(" ", new TreeSet<>(vote.reasons())), vote.comment(), vote.spamScore())
			.update(key, "id");
		return key.getKey().longValue();
	}

	/** Keeps a translation report, open. @return its id */
	public long add(SegmentReport report) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("insert into segment_report (created_at, locale, path, segment, sentence_hash, source_text, "
				+ "translated_text, suggestion, comment, spam_score, status) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(Timestamp.from(report.createdAt()), report.locale(), report.path(), report.segment(),
					report.sentenceHash(), report.sourceText(), report.translatedText(), report.suggestion(),
					report.comment(), report.spamScore(), SegmentReport.Status.OPEN.name())
			.update(key, "id");
		return key.getKey().longValue();
	}

	/** How many comments (on votes) and reports with text an article of a locale received since a time. */
	public int commentsSince(String locale, String path, Instant since) {
		Timestamp from = Timestamp.from(since);
		Integer votes = this.jdbc
			.sql("select count(*) from article_vote where locale = ? and path = ? and created_at >= ? "
					+ "and comment is not null")
			.params(locale, path, from)
			.query(Integer.class)
			.single();
		Integer reports = this.jdbc
			.sql("select count(*) from segment_report where locale = ? and path = ? and created_at >= ? "
					+ "and (comment is not null or suggestion is not null)")
			.params(locale, path, from)
			.query(Integer.class)
			.single();
		return votes + reports;
	}

	/** Counts a search that found nothing (its text and when; never who searched). */
	public void searchFoundNothing(String locale, String query, Instant at) {
		for (int attempt = 0; attempt < 3; attempt++) {
			int updated = this.jdbc
				.sql("update failed_search set searches = searches + 1, last_searched = greatest(last_searched, ?) "
						+ "where locale = ? and query = ?")
				.params(Timestamp.from(at), locale, query)
				.update();
			if (updated > 0) {
				return;
			}
			try {
				this.jdbc.sql("insert into failed_search (locale, query, searches, last_searched) values (?, ?, 1, ?)")
					.params(locale, query, Timestamp.from(at))
					.update();
				return;
			}
			catch (DuplicateKeyException ex) {
				// Another instance counted the same query first: count this one on its row.
			}
		}
	}

	/** Every vote received from a time on, oldest first. */
	public List<StoredVote> votes(Instant from) {
		return this.jdbc.sql("select * from article_vote where created_at >= ? order by created_at, id")
			.param(Timestamp.from(from))
			.query(FeedbackStore::vote)
			.list();
	}

	/** Every translation report, grouped by sentence (locale, path, segment), newest first in each. */
	public List<StoredReport> reports() {
		return this.jdbc.sql("select * from segment_report order by locale, path, segment, created_at desc, id desc")
			.query(FeedbackStore::report)
			.list();
	}

	/** Sets what an operator decided about a report. @return whether there was such a report */
	public boolean setStatus(long id, SegmentReport.Status status) {
		return this.jdbc.sql("update segment_report set status = ? where id = ?").params(status.name(), id).update() > 0;
	}

	/** Searches that found nothing, most frequent first. */
	public List<FailedSearch> failedSearches(int limit) {
		return this.jdbc
			.sql("select * from failed_search order by searches desc, last_searched desc, locale, query "
					+ "fetch first " + limit + " rows only")
			.query((row, number) -> new FailedSearch(row.getString("locale"), row.getString("query"),
					row.getInt("searches"), row.getTimestamp("last_searched").toInstant()))
			.list();
	}

	/** A vote as kept, with its id. */
	public record StoredVote(long id, Vote vote) {
	}

	/** A report as kept, with its id and status. */
	public record StoredReport(long id, SegmentReport report, SegmentReport.Status status) {
	}

	/** A query that found nothing in a locale, how often, and when last. */
	public record FailedSearch(String locale, String query, int searches, Instant lastSearched) {
	}

	private static StoredVote vote(ResultSet row, int number) throws SQLException {
		String reasons = row.getString("reasons");
		Set<String> reasonSet = reasons.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(reasons.split(" ")));
		return new StoredVote(row.getLong("id"), new Vote(row.getString("locale"), row.getString("path"),
				row.getString("article_version"), row.getString("reading_view"), row.getBoolean("helpful"), reasonSet,
				row.getString("comment"), row.getInt("spam_score"), row.getTimestamp("created_at").toInstant()));
	}

	private static StoredReport report(ResultSet row, int number) throws SQLException {
		return new StoredReport(row.getLong("id"), new SegmentReport(row.getString("locale"), row.getString("path"),
				row.getString("segment"), row.getString("sentence_hash"), row.getString("source_text"),
				row.getString("translated_text"), row.getString("suggestion"), row.getString("comment"),
				row.getInt("spam_score"), row.getTimestamp("created_at").toInstant()),
				SegmentReport.Status.valueOf(row.getString("status")));
	}

}
