package app.helpcenter.feedback;

import java.time.Duration;
import java.util.OptionalLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

import org.springframework.stereotype.Component;

/**
 * A token bucket per client (its address), in memory only and forgotten ten minutes after its last post: a
 * burst of {@link FeedbackProperties#postsPerClient()} posts, then one more per
 * {@link FeedbackProperties#clientRefill()}. Nothing of it is written anywhere.
 */
@Component
public class PostLimits {

	private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
		.expireAfterAccess(Duration.ofMinutes(10))
		.maximumSize(100_000)
		.build();

	private final Bandwidth bandwidth;

	public PostLimits(FeedbackProperties properties) {
		this.bandwidth = Bandwidth.builder()
			.capacity(properties.postsPerClient())
			.refillGreedy(1, properties.clientRefill())
			.build();
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

}
