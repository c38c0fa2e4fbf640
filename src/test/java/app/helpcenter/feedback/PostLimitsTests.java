package app.helpcenter.feedback;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The per-client bucket and the places of posts handled at once, in memory. */
class PostLimitsTests {

	private final PostLimits limits = new PostLimits(new FeedbackProperties(2, Duration.ofHours(1), 30, 50, 1));

	@Test
	void aClientHasItsBurstThenWaitsForTheRefill() {
		assertThat(this.limits.take("10.0.0.1")).isEmpty();
		assertThat(this.limits.take("10.0.0.1")).isEmpty();
		assertThat(this.limits.take("10.0.0.1").getAsLong()).isBetween(3000L, 3601L);
		assertThat(this.limits.take("10.0.0.2")).isEmpty();
	}

	@Test
	void aPostGivenBackCanBeMadeAgain() {
		this.limits.take("10.0.0.1");
		this.limits.take("10.0.0.1");
		this.limits.giveBack("10.0.0.1");
		assertThat(this.limits.take("10.0.0.1")).isEmpty();
		assertThat(this.limits.take("10.0.0.1")).isPresent();
	}

	@Test
	void aPlaceIsTakenUntilItsPostIsFinished() {
		assertThat(this.limits.start()).isTrue();
		assertThat(this.limits.start()).isFalse();
		this.limits.finished();
		assertThat(this.limits.start()).isTrue();
	}

}
