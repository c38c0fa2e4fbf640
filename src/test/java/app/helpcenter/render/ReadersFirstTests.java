package app.helpcenter.render;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A build's step waits while a reader waits for a page, and goes on once the reader has it, or after a bound when
 * readers keep coming.
 */
class ReadersFirstTests {

	@Test
	void aBuildWaitsUntilTheReaderHasItsPage() throws InterruptedException {
		// A bound far longer than the test waits: what ends the wait is the reader's page.
		ReadersFirst readersFirst = new ReadersFirst(Duration.ofMinutes(5));
		readersFirst.begin();
		AtomicBoolean stepped = new AtomicBoolean();
		Thread build = new Thread(() -> {
			readersFirst.awaitTurn();
			stepped.set(true);
		});
		build.start();
		Awaitility.await("the build to wait")
			.atMost(Duration.ofSeconds(10))
			.until(() -> build.getState() == Thread.State.TIMED_WAITING);
		assertThat(stepped).isFalse();

		readersFirst.end();
		build.join(Duration.ofSeconds(30).toMillis());
		assertThat(stepped).as("went on once the reader had its page").isTrue();
	}

	@Test
	void aBuildThatReadersWaitForTooKeepsOneThreadGoing() throws InterruptedException {
		ReadersFirst readersFirst = new ReadersFirst(Duration.ofMinutes(5));
		readersFirst.begin();
		AtomicBoolean stepped = new AtomicBoolean();
		Thread waiting = new Thread(() -> {
			readersFirst.awaitTurnLeavingOne(2);
			stepped.set(true);
		});
		waiting.start();
		Awaitility.await("one thread to wait")
			.atMost(Duration.ofSeconds(10))
			.until(() -> waiting.getState() == Thread.State.TIMED_WAITING);

		Thread going = new Thread(() -> readersFirst.awaitTurnLeavingOne(2));
		going.start();
		going.join(Duration.ofSeconds(30).toMillis());
		assertThat(going.isAlive()).as("the other thread went on").isFalse();
		assertThat(stepped).isFalse();

		readersFirst.end();
		waiting.join(Duration.ofSeconds(30).toMillis());
		assertThat(stepped).isTrue();
	}

	@Test
	void aBuildIsNotHeldForGoodByAReaderThatNeverHasItsPage() throws InterruptedException {
		ReadersFirst readersFirst = new ReadersFirst(Duration.ofMillis(50));
		readersFirst.begin();
		Thread build = new Thread(readersFirst::awaitTurn);
		build.start();
		build.join(Duration.ofSeconds(30).toMillis());
		assertThat(build.isAlive()).isFalse();
	}

}
