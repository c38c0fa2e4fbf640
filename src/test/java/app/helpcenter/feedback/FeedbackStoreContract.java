package app.helpcenter.feedback;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** What the feedback store must do on every database it runs on (H2 and PostgreSQL run these). */
abstract class FeedbackStoreContract {

	private static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");

	private FeedbackStore store;

	/** A fresh, migrated database for one test. */
	abstract DataSource database();

	@BeforeEach
	void open() {
		this.store = new FeedbackStore(JdbcClient.create(database()));
	}

	@Test
	void keepsAVoteAsItWasSent() {
		String comment = "步驟 3 的按鈕找不到 <b>\"quoted\"</b>\n" + "字".repeat(960);
		long id = this.store.add(new Vote("zh-tw", "partner-center/unable-to-sign-in", "0123456789abcdef0123456789abcdef",
				"bilingual", false, Set.of("missing-info", "bad-translation"), comment, 80, NOW));
		this.store.add(new Vote("en-us", "partner-center/unable-to-sign-in", "fedcba9876543210fedcba9876543210",
				"english", true, Set.of(), null, 100, NOW.plusSeconds(1)));
		List<FeedbackStore.StoredVote> votes = this.store.votes(NOW);
		assertThat(votes).hasSize(2);
		assertThat(votes.get(0).id()).isEqualTo(id);
		Vote first = votes.get(0).vote();
		assertThat(first.comment()).isEqualTo(comment);
		assertThat(first.reasons()).containsExactlyInAnyOrder("missing-info", "bad-translation");
		assertThat(first.helpful()).isFalse();
		assertThat(first.view()).isEqualTo("bilingual");
		assertThat(first.createdAt()).isEqualTo(NOW);
		assertThat(votes.get(1).vote().reasons()).isEmpty();
		assertThat(votes.get(1).vote().comment()).isNull();
		assertThat(this.store.votes(NOW.plusSeconds(1))).hasSize(1);
	}

	@Test
	void keepsReportsOpenUntilAnOperatorDecides() {
		long id = this.store.add(new SegmentReport("zh-tw", "docs/a", "c9b4f-105", "00112233445566778899aabbccddeeff",
				"If you have forgotten your password", "如果您忘記密碼", "如果您忘了密碼", "更自然", 100, NOW));
		assertThat(this.store.reports()).singleElement().satisfies((stored) -> {
			assertThat(stored.id()).isEqualTo(id);
			assertThat(stored.status()).isEqualTo(SegmentReport.Status.OPEN);
			assertThat(stored.report().suggestion()).isEqualTo("如果您忘了密碼");
		});
		assertThat(this.store.setStatus(id, SegmentReport.Status.ACCEPTED)).isTrue();
		assertThat(this.store.setStatus(id + 1000, SegmentReport.Status.DISMISSED)).isFalse();
		assertThat(this.store.reports().get(0).status()).isEqualTo(SegmentReport.Status.ACCEPTED);
	}

	@Test
	void countsTheCommentsOfOneArticleInOneLocaleWithinTheHour() {
		Instant hourAgo = NOW.minus(1, ChronoUnit.HOURS);
		this.store.add(vote("zh-tw", "docs/a", "first", hourAgo.minusSeconds(1)));
		this.store.add(vote("zh-tw", "docs/a", "second", hourAgo));
		this.store.add(vote("zh-tw", "docs/a", null, NOW));
		this.store.add(vote("en-us", "docs/a", "other locale", NOW));
		this.store.add(vote("zh-tw", "docs/b", "other article", NOW));
		this.store.add(new SegmentReport("zh-tw", "docs/a", "s-1", "h", "en", "zh", null, "a note", 100, NOW));
		this.store.add(new SegmentReport("zh-tw", "docs/a", "s-1", "h", "en", "zh", null, null, 100, NOW));
		assertThat(this.store.commentsSince("zh-tw", "docs/a", hourAgo)).isEqualTo(2);
	}

	@Test
	void countsSearchesThatFoundNothingFromManyThreadsWithoutLosingOne() throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(16);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int i = 0; i < 320; i++) {
				int n = i;
				done.add(threads.submit(() -> this.store.searchFoundNothing("zh-tw", (n % 2 == 0) ? "退款" : "發票 遺失", 1,
						NOW.plusMillis(n))));
			}
			for (Future<?> each : done) {
				each.get();
			}
		}
		finally {
			threads.shutdown();
		}
		this.store.searchFoundNothing("en-us", "refund", 1, NOW);
		assertThat(this.store.failedSearches(10)).extracting((search) -> search.locale() + " " + search.query() + " "
				+ search.searches())
			.containsExactly("zh-tw 發票 遺失 160", "zh-tw 退款 160", "en-us refund 1");
	}

	@Test
	void keepsEveryVoteOf64ConcurrentClients() throws Exception {
		ExecutorService clients = Executors.newFixedThreadPool(64);
		try {
			List<Future<Long>> ids = new ArrayList<>();
			for (int i = 0; i < 640; i++) {
				int n = i;
				ids.add(clients.submit(() -> this.store.add(vote("zh-tw", "docs/" + (n % 7), "vote " + n, NOW))));
			}
			for (Future<Long> id : ids) {
				assertThat(id.get(Duration.ofMinutes(1).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS))
					.isPositive();
			}
		}
		finally {
			clients.shutdown();
		}
		assertThat(this.store.votes(NOW)).hasSize(640)
			.extracting((stored) -> stored.vote().comment())
			.doesNotHaveDuplicates();
	}

	private static Vote vote(String locale, String path, String comment, Instant at) {
		return new Vote(locale, path, "v", "translated", comment == null, Set.of(), comment, 100, at);
	}

}
