package app.helpcenter.web;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.ContextClosedEvent;

/**
 * The requests Tomcat is answering, each counted from the help center's first valve until its response is
 * written out ({@link InFlightValve}), so that a stop waits until they are answered. Spring Boot's graceful
 * shutdown stops taking requests, then waits only while a servlet is in use: an article page that
 * {@link PreparedPageValve} answers never reaches a servlet, and the last bytes of every response are written
 * after the servlet has returned, so the web server was stopped under answers still being sent (a reader's page
 * cut off, a feedback post kept but its 201 lost: GracefulShutdownTests). Stopped right after that graceful
 * shutdown and before the web server stops, this waits until every request counted is answered, but no longer
 * than {@code spring.lifecycle.timeout-per-shutdown-phase} after the stop began: the two waits together never take
 * longer than the one an operator configured. With {@code server.shutdown=immediate} it waits for nothing.
 */
final class RequestsInFlight implements SmartLifecycle, ApplicationListener<ContextClosedEvent> {

	private static final Log logger = LogFactory.getLog(RequestsInFlight.class);

	private final AtomicInteger answering = new AtomicInteger();

	private final AtomicLong stopBegan = new AtomicLong();

	private final Duration limit;

	private volatile boolean running;

	/** @param limit the longest a stop waits, counted from when it began */
	RequestsInFlight(Duration limit) {
		this.limit = limit;
	}

	/** A request entered the help center. */
	void started() {
		this.answering.incrementAndGet();
	}

	/** A request that {@link #started()} has its response written out. */
	void answered() {
		this.answering.decrementAndGet();
	}

	/** How many requests are being answered now. */
	int answering() {
		return this.answering.get();
	}

	@Override
	public void onApplicationEvent(ContextClosedEvent event) {
		this.stopBegan.compareAndSet(0, System.nanoTime());
	}

	@Override
	public void start() {
		this.running = true;
	}

	@Override
	public void stop() {
		this.running = false;
		long began = this.stopBegan.get();
		long deadline = ((began != 0) ? began : System.nanoTime()) + this.limit.toNanos();
		while (this.answering.get() > 0 && deadline - System.nanoTime() > 0) {
			try {
				TimeUnit.MILLISECONDS.sleep(10);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		int left = this.answering.get();
		if (left > 0) {
			logger.warn(left + " request(s) still being answered " + this.limit.toSeconds()
					+ " s after the stop began; the web server stops under them");
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/** Right after Spring Boot's graceful shutdown, before the web server stops. */
	@Override
	public int getPhase() {
		return WebServerApplicationContext.GRACEFUL_SHUTDOWN_PHASE - 1;
	}

}
