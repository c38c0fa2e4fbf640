package app.helpcenter.feedback;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

import org.springframework.stereotype.Component;

/**
 * How many posts are let in: a token bucket per client (its address), in memory only and forgotten ten minutes
 * after its last post (a burst of {@link FeedbackProperties#postsPerClient()} posts, then one more per
 * {@link FeedbackProperties#clientRefill()}; nothing of it is written anywhere), and at most
 * {@link FeedbackProperties#postsAtOnce()} posts handled at once by all clients together.
 */
@Component
public class PostLimits {

	private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
		.expireAfterAccess(Duration.ofMinutes(10))
		.maximumSize(100_000)
		.build();

	private final Bandwidth bandwidth;

	private final Semaphore atOnce;

	public PostLimits(FeedbackProperties properties) {
		this.bandwidth = Bandwidth.builder()
			.capacity(properties.postsPerClient())
			.refillGreedy(1, properties.clientRefill())
			.build();
		this.atOnce = new Semaphore(properties.postsAtOnce());
	}

	/** How long a post waits for a place when as many as allowed are being handled. */
	private static final long PLACE_WAIT_MILLIS = 1000;

	/**
	 * Takes one of the places of posts handled at once, waiting a second at most (a burst of posts is spread out,
	 * a flood is refused before it holds more threads).
	 * @return whether the post may go on; if so, {@link #finished()} must follow
	 */
	public boolean start() {
		try {
			return this.atOnce.tryAcquire(PLACE_WAIT_MILLIS, TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/** Gives back the place a post took with {@link #start()}. */
	public void finished() {
		this.atOnce.release();
	}

	/**
	 * Takes one post from the client's bucket.
	 * @return empty when the post may go on, otherwise how many seconds the client should wait
	 */
	public OptionalLong take(String client) {
		Bucket bucket = this.buckets.get(client, (key) -> Bucket.builder().addLimit(this.bandwidth).build());
		ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
		if (probe.isConsumed()) {
			return OptionalLong.empty();
		}
		return OptionalLong.of(Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1));
	}

	/** Gives the client back the post it took with {@link #take}, when that post was not handled after all. */
	public void giveBack(String client) {
		Bucket bucket = this.buckets.getIfPresent(client);
		if (bucket != null) {
			bucket.addTokens(1);
		}
	}

}
