package app.helpcenter.feedback;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;

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

	/** Counts searches of one query that found nothing (its text and when; never who searched). */
	public void searchFoundNothing(String locale, String query, long searches, Instant at) {
		for (int attempt = 0; attempt < 3; attempt++) {
			int updated = this.jdbc
				.sql("update failed_search set searches = searches + ?, last_searched = greatest(last_searched, ?) "
						+ "where locale = ? and query = ?")
				.params(searches, Timestamp.from(at), locale, query)
				.update();
			if (updated > 0) {
				return;
			}
			try {
				this.jdbc.sql("insert into failed_search (locale, query, searches, last_searched) values (?, ?, ?, ?)")
					.params(locale, query, searches, Timestamp.from(at))
					.update();
				return;
			}
			catch (DuplicateKeyException ex) {
				// Another instance counted the same query first: count these on its row.
			}
		}
	}

	/**
	 * Which votes an operator looks at: received in {@code [from, to)}, of one locale and one docset (the first
	 * folder of the path) when given.
	 */
	public record Filter(Instant from, Instant to, String locale, String docset) {

		/** The SQL condition and its parameters. */
		private Where where() {
			StringBuilder sql = new StringBuilder(" where created_at >= ? and created_at < ?");
			List<Object> params = new ArrayList<>(List.of(Timestamp.from(this.from), Timestamp.from(this.to)));
			if (this.locale != null && !this.locale.isEmpty()) {
				sql.append(" and locale = ?");
				params.add(this.locale);
			}
			if (this.docset != null && !this.docset.isEmpty()) {
				sql.append(" and path like ? escape '!'");
				params.add(this.docset.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "/%");
			}
			return new Where(sql.toString(), params);
		}

	}

	private record Where(String sql, List<Object> params) {
	}

	/** Votes per article and locale within a filter, the most "no" answers first. */
	public List<ArticleTally> tallies(Filter filter) {
		Where where = filter.where();
		StringBuilder sql = new StringBuilder("select locale, path, count(*) as votes, "
				+ "sum(case when helpful then 1 else 0 end) as yes, "
				+ "sum(case when comment is not null then 1 else 0 end) as comments");
		for (String reason : FeedbackForm.REASONS) {
			sql.append(", sum(case when reasons like '%").append(reason).append("%' then 1 else 0 end) as \"")
				.append(reason).append('"');
		}
		sql.append(" from article_vote").append(where.sql()).append(" group by locale, path");
		List<ArticleTally> tallies = new ArrayList<>(this.jdbc.sql(sql.toString())
			.params(where.params())
			.query((row, number) -> {
				Map<String, Integer> reasons = new LinkedHashMap<>();
				for (String reason : FeedbackForm.REASONS) {
					reasons.put(reason, row.getInt(reason));
				}
				return new ArticleTally(row.getString("locale"), row.getString("path"), row.getInt("votes"),
						row.getInt("yes"), reasons, row.getInt("comments"));
			})
			.list());
		tallies.sort(Comparator.comparingInt((ArticleTally tally) -> tally.votes() - tally.yes())
			.reversed()
			.thenComparing(ArticleTally::path)
			.thenComparing(ArticleTally::locale));
		return tallies;
	}

	/**
	 * The votes of an article in a locale within a filter.
	 * @param votes how many answers
	 * @param yes how many of them "yes"
	 * @param reasons how many "no" answers gave each reason, in the form's order
	 * @param comments how many came with a comment
	 */
	public record ArticleTally(String locale, String path, int votes, int yes, Map<String, Integer> reasons,
			int comments) {

		/** The share of "yes", 0 to 100, rounded. */
		public int helpfulPercent() {
			return (this.votes == 0) ? 0 : Math.round(100f * this.yes / this.votes);
		}

	}

	/**
	 * Votes with a comment within a filter, newest first.
	 * @param minimumScore the lowest spam score shown (0 shows every comment)
	 */
	public List<StoredVote> comments(Filter filter, int minimumScore, int limit) {
		Where where = filter.where();
		List<Object> params = new ArrayList<>(where.params());
		params.add(minimumScore);
		return this.jdbc
			.sql("select * from article_vote" + where.sql() + " and comment is not null and spam_score >= ? "
					+ "order by created_at desc, id desc fetch first " + limit + " rows only")
			.params(params)
			.query(FeedbackStore::vote)
			.list();
	}

	/** Every vote within a filter, oldest first, one at a time (for exports of any size). */
	public void eachVote(Filter filter, Consumer<StoredVote> each) {
		Where where = filter.where();
		try (Stream<StoredVote> votes = this.jdbc.sql("select * from article_vote" + where.sql() + " order by created_at, id")
			.params(where.params())
			.query(FeedbackStore::vote)
			.stream()) {
			votes.forEach(each);
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
