package app.helpcenter.web;

import org.junit.jupiter.api.Test;

import app.helpcenter.web.RequestMetricsValve.Route;

import static org.assertj.core.api.Assertions.assertThat;

/** The kind of route each request is counted under. */
class RequestMetricsValveTests {

	@Test
	void tellsRoutesByPathThenByStatus() {
		assertThat(RequestMetricsValve.route("/zh-tw/partner-center/unable-to-sign-in", 200)).isEqualTo(Route.ARTICLE);
		assertThat(RequestMetricsValve.route("/zh-tw/partner-center/unable-to-sign-in", 304)).isEqualTo(Route.ARTICLE);
		assertThat(RequestMetricsValve.route("/zh-tw/search", 200)).isEqualTo(Route.SEARCH);
		assertThat(RequestMetricsValve.route("/zh-tw/search/suggest", 200)).isEqualTo(Route.SEARCH);
		assertThat(RequestMetricsValve.route("/en-us/feedback/segment", 303)).isEqualTo(Route.FEEDBACK);
		assertThat(RequestMetricsValve.route("/zh-tw/feedback", 429)).isEqualTo(Route.FEEDBACK);
		assertThat(RequestMetricsValve.route("/assets/site-0123.css", 200)).isEqualTo(Route.ASSET);
		assertThat(RequestMetricsValve.route("/admin/feedback", 302)).isEqualTo(Route.ADMIN);
		assertThat(RequestMetricsValve.route("/actuator/health", 200)).isEqualTo(Route.ACTUATOR);
		assertThat(RequestMetricsValve.route("/zh-tw/old-article", 301)).isEqualTo(Route.REDIRECT);
		assertThat(RequestMetricsValve.route("/", 302)).isEqualTo(Route.REDIRECT);
		assertThat(RequestMetricsValve.route("/zh-tw/no-such-article", 404)).isEqualTo(Route.NOT_FOUND);
		// A folder of a docset that happens to be called "search" is an article's, not the search page's.
		assertThat(RequestMetricsValve.route("/docs/search", 404)).isEqualTo(Route.NOT_FOUND);
		assertThat(RequestMetricsValve.route(null, 400)).isEqualTo(Route.OTHER);
	}

}
