package app.helpcenter.site;

import java.time.Duration;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * What the content's builds did, as metrics: {@code helpcenter.content.reloads} (a timer by outcome, the first
 * build included), {@code helpcenter.content.phase} (a timer by phase: render, prepare, search...) and
 * {@code helpcenter.render.cache} (renderings and responses taken from the render cache, by kind and result).
 */
final class ContentMetrics {

	private final MeterRegistry registry;

	ContentMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	void record(Reload reload) {
		Timer.builder("helpcenter.content.reloads")
			.description("Builds of the site from its content (the first one and each reload), by outcome")
			.tag("outcome", reload.succeeded() ? "success" : "failure")
			.register(this.registry)
			.record(reload.duration());
		for (Map.Entry<String, Duration> phase : reload.phaseTimes().entrySet()) {
			Timer.builder("helpcenter.content.phase")
				.description("Time each phase of a build took")
				.tag("phase", phase.getKey())
				.register(this.registry)
				.record(phase.getValue());
		}
		cache("article", "hit", reload.cachedArticles());
		cache("article", "miss", reload.renderedArticles());
		cache("response", "hit", reload.cachedPages());
		cache("response", "miss", reload.preparedPages() - reload.cachedPages());
		cache("check", "hit", reload.cachedChecks());
		cache("check", "miss", reload.checkedArticles());
	}

	private void cache(String kind, String result, int count) {
		Counter.builder("helpcenter.render.cache")
			.description("Renderings, page responses and check findings looked for in the render cache, by kind and result")
			.tag("kind", kind)
			.tag("result", result)
			.register(this.registry)
			.increment(count);
	}

}
