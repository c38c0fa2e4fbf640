package app.helpcenter.render;

import java.time.Duration;

/**
 * Pages a reader is waiting for go first: while one is made, the steps of a build (the renderings of the
 * background pass of a lazy start or of a reload, the articles a first start indexes from their Markdown) wait
 * before each next article, up to a bound each, so that they cannot be held back for good; an article already
 * under way finishes. A build that readers wait for too (the Markdown index, which searches wait for) keeps one of
 * its threads going.
 */
final class ReadersFirst {

	/** The longest a build waits before one article. */
	private static final Duration MAX_WAIT = Duration.ofMillis(200);

	private final Duration maxWait;

	private int waitedFor;

	/** How many of a build's threads wait in {@link #awaitTurnLeavingOne}. */
	private int buildsWaiting;

	ReadersFirst() {
		this(MAX_WAIT);
	}

	/** @param maxWait the longest a build waits before one step */
	ReadersFirst(Duration maxWait) {
		this.maxWait = maxWait;
	}

	/** Making a page a reader waits for begins. */
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

	/**
	 * Before the next article of a build that readers wait for too (the index their searches wait for): as
	 * {@link #awaitTurn()}, but one of the build's {@code threads} never waits, so that it goes on.
	 */
	synchronized void awaitTurnLeavingOne(int threads) {
		if (this.waitedFor == 0 || this.buildsWaiting >= threads - 1) {
			return;
		}
		this.buildsWaiting++;
		try {
			awaitTurn();
		}
		finally {
			this.buildsWaiting--;
		}
	}

	/** Before a build's next article: waits while readers' pages are being made, up to the bound. */
	synchronized void awaitTurn() {
		long deadline = System.nanoTime() + this.maxWait.toNanos();
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
