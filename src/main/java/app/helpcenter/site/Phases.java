package app.helpcenter.site;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** How long each phase of a build took, in order, for the reload's log line and its metrics. */
final class Phases {

	private final Map<String, Duration> phases = new LinkedHashMap<>();

	private long last = System.nanoTime();

	/** Ends the phase running since the last one ended. */
	void end(String name) {
		long now = System.nanoTime();
		this.phases.merge(name, Duration.ofNanos(now - this.last), Duration::plus);
		this.last = now;
	}

	/** Each phase's time, in the order they ran. */
	Map<String, Duration> durations() {
		return Collections.unmodifiableMap(new LinkedHashMap<>(this.phases));
	}

	/** {@code scan 20 ms, read 3 ms, ...} */
	static String describe(Map<String, Duration> phases) {
		StringBuilder text = new StringBuilder();
		phases.forEach((name, duration) -> {
			if (!text.isEmpty()) {
				text.append(", ");
			}
			text.append(name).append(' ').append(duration.toMillis()).append(" ms");
		});
		return text.toString();
	}

}
