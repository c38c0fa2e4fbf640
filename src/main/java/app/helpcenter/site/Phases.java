package app.helpcenter.site;

/** How long each phase of a build took, for the reload's log line ({@code scan 20 ms, read 3 ms, ...}). */
final class Phases {

	private final StringBuilder phases = new StringBuilder();

	private long last = System.nanoTime();

	/** Ends the phase running since the last one ended. */
	void end(String name) {
		long now = System.nanoTime();
		if (!this.phases.isEmpty()) {
			this.phases.append(", ");
		}
		this.phases.append(name).append(' ').append((now - this.last) / 1_000_000).append(" ms");
		this.last = now;
	}

	@Override
	public String toString() {
		return this.phases.toString();
	}

}
