package app.helpcenter.feedback;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Searches that found nothing, for authors: counted in memory as they are answered (the search page that a
 * valve serves costs a map update, never a database write), written to the database every few seconds and when
 * the application stops. The query and its count only: never who searched. A crash loses at most the last
 * seconds of counts, which are statistics, not anything a reader was told was received.
 */
@Component
public class UnansweredSearches implements DisposableBean {

	private static final Log logger = LogFactory.getLog(UnansweredSearches.class);

	/** Queries longer than this are not counted (the search box takes 100 characters). */
	private static final int MAX_QUERY = 200;

	/** At most this many distinct queries wait for the next write; more are dropped until then. */
	private static final int MAX_PENDING = 10_000;

	private final FeedbackStore store;

	private final Clock clock;

	private final Map<Key, LongAdder> pending = new ConcurrentHashMap<>();

	private final Counter counted;

	public UnansweredSearches(FeedbackStore store, MeterRegistry meters) {
		this.store = store;
		this.clock = Clock.systemUTC();
		this.counted = Counter.builder("helpcenter.search.unanswered")
			.description("Searches that found nothing")
			.register(meters);
	}

	/** Counts one search of {@code query} in {@code locale} that found nothing. */
	public void record(String locale, String query) {
		this.counted.increment();
		String text = query.strip();
		if (text.isEmpty() || text.length() > MAX_QUERY
				|| (this.pending.size() >= MAX_PENDING && !this.pending.containsKey(new Key(locale, text)))) {
			return;
		}
		this.pending.computeIfAbsent(new Key(locale, text), (key) -> new LongAdder()).increment();
	}

	/** Writes what was counted since the last write. */
	@Scheduled(fixedDelayString = "${helpcenter.feedback.unanswered-searches-flush:5s}")
	public void flush() {
		for (Key key : this.pending.keySet()) {
			LongAdder count = this.pending.remove(key);
			long searches = (count != null) ? count.sum() : 0;
			if (searches == 0) {
				continue;
			}
			try {
				this.store.searchFoundNothing(key.locale(), key.query(), searches, this.clock.instant());
			}
			catch (RuntimeException ex) {
				logger.warn("Could not count searches that found nothing: " + ex.getMessage());
				return;
			}
		}
	}

	@Override
	public void destroy() {
		flush();
	}

	private record Key(String locale, String query) {
	}

}
