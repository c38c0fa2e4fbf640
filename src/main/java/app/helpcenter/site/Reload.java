package app.helpcenter.site;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one reload of the content did, for the log and for health.
 *
 * @param at when it ended
 * @param duration how long it took
 * @param succeeded whether a new snapshot was swapped in (a reload that fails keeps the one before)
 * @param changedFiles content files found new, changed or gone
 * @param readFiles files read again
 * @param renderedArticles articles rendered again
 * @param cachedArticles articles whose rendering was taken from the render cache on disk instead
 * @param preparedPages page responses prepared again
 * @param cachedPages of those, responses read from the render cache instead of made
 * @param searchDocuments search documents written or deleted
 * @param checkedArticles articles the content check ran on
 * @param cachedChecks articles whose check findings were taken from the render cache instead
 * @param findings findings after it
 * @param failure why it failed, empty when it did not
 * @param phaseTimes how long each phase took (scan, read, cache, render, assemble, prepare, search, check), in order
 */
public record Reload(Instant at, Duration duration, boolean succeeded, int changedFiles, int readFiles,
		int renderedArticles, int cachedArticles, int preparedPages, int cachedPages, int searchDocuments,
		int checkedArticles, int cachedChecks, int findings, String failure, Map<String, Duration> phaseTimes) {

	public Reload {
		phaseTimes = Collections.unmodifiableMap(new LinkedHashMap<>(phaseTimes));
	}

	static Reload failed(Instant at, Duration duration, String failure) {
		return new Reload(at, duration, false, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, failure, Map.of());
	}

	/** How long each phase took, for the log ({@code scan 20 ms, read 3 ms, ...}). */
	public String phases() {
		return Phases.describe(this.phaseTimes);
	}

	/** One line for the log. */
	String describe() {
		if (!this.succeeded) {
			return "Content reload failed after " + this.duration.toMillis() + " ms, the site is served as it was: "
					+ this.failure;
		}
		return String.format("Content reloaded in %d ms: %d file(s) changed, %d read, %d article(s) rendered, "
				+ "%d taken from the render cache, %d page(s) prepared (%d from the render cache), %d search document(s) "
				+ "written, %d article(s) checked (%d from the render cache); %d finding(s) (%s)",
				this.duration.toMillis(), this.changedFiles, this.readFiles, this.renderedArticles, this.cachedArticles,
				this.preparedPages, this.cachedPages, this.searchDocuments, this.checkedArticles + this.cachedChecks,
				this.cachedChecks, this.findings, phases());
	}

}
