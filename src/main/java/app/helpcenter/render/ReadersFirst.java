package app.helpcenter.render;

import java.time.Duration;

/**
 * Renderings a reader is waiting for go first: while one runs, the renderings of a build (the background pass of a
 * lazy start, a reload) wait before each next article, up to a bound each, so that they cannot be held back for
 * good; an article already being rendered finishes.
 */
final class ReadersFirst {

	/** The longest a build's rendering waits before one article. */
	private static final Duration MAX_WAIT = Duration.ofMillis(200);

	private int waitedFor;

	/** A rendering a reader waits for begins. */
	synchronized void begin() {
		this.waitedFor++;
	}

	/** It ended. */
	synchronized void end() {
		this.waitedFor--;
		if (this.waitedFor == 0) {
			notifyAll();
		}
	}

	/** Before a build renders an article: waits while readers' renderings run, up to the bound. */
	synchronized void awaitTurn() {
		long deadline = System.nanoTime() + MAX_WAIT.toNanos();
		long left;
		while (this.waitedFor > 0 && (left = deadline - System.nanoTime()) > 0) {
			try {
				wait(Math.max(1, left / 1_000_000));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

}
