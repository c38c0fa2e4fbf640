package app.helpcenter.site;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The {@code content} component of {@code /actuator/health} and of readiness: UP once every article URL and
 * search can be answered ({@link SiteSnapshot#answersArticlesAndSearch()}: the complete snapshot, or on a restart
 * on unchanged content, the opening one), OUT_OF_SERVICE before, with how many articles and findings it has and
 * what the last reload did. Findings do not make it DOWN: the site serves
 * every article that loaded, and the last good version of those that broke.
 */
final class ContentHealthIndicator implements HealthIndicator {

	private final LiveSite site;

	ContentHealthIndicator(LiveSite site) {
		this.site = site;
	}

	@Override
	public Health health() {
		SiteSnapshot snapshot;
		try {
			snapshot = this.site.acquire();
		}
		catch (IOException | RuntimeException ex) {
			return Health.down().withDetail("reason", "no site is loaded").build();
		}
		try {
			Reload reload = this.site.lastReload();
			Map<String, Object> last = new LinkedHashMap<>();
			last.put("at", reload.at().toString());
			last.put("outcome", reload.succeeded() ? "succeeded" : "failed");
			last.put("durationMs", reload.duration().toMillis());
			last.put("changedFiles", reload.changedFiles());
			last.put("renderedArticles", reload.renderedArticles());
			last.put("cachedArticles", reload.cachedArticles());
			last.put("cachedPages", reload.cachedPages());
			last.put("checkedArticles", reload.checkedArticles());
			last.put("cachedChecks", reload.cachedChecks());
			if (!reload.succeeded()) {
				// What kind of failure only: the log has the rest, which may name server paths.
				last.put("failure", reload.failure().split(":", 2)[0]);
			}
			// Readiness includes this component: it is UP once every article URL and search can be answered.
			// While pages are still being prepared, the articles can be (each rendered when first asked for), and
			// search only from the index the last run kept of the same content.
			Health.Builder health;
			if (snapshot.isComplete()) {
				health = Health.up();
			}
			else if (snapshot.answersArticlesAndSearch()) {
				health = Health.up().withDetail("preparing", "every page (articles are rendered when asked for)");
			}
			else {
				health = Health.outOfService().withDetail("preparing", "every page and the search index");
			}
			return health.withDetail("articles", snapshot.articleCount())
				.withDetail("findings", snapshot.findings().size())
				.withDetail("generation", snapshot.generation())
				.withDetail("lastReload", last)
				.build();
		}
		finally {
			try {
				this.site.release(snapshot);
			}
			catch (IOException ex) {
				// Releasing a snapshot does no I/O that can fail.
			}
		}
	}

}
