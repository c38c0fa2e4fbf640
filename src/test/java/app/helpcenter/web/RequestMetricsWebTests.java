package app.helpcenter.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code helpcenter.requests} counts what the valves answer and what the controllers answer alike, by route and
 * status, as {@code /actuator/prometheus} shows it; and {@code /actuator/info} names the build.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class RequestMetricsWebTests {

	private static final String SEED = "/zh-tw/partner-center/unable-to-sign-in";

	@LocalServerPort
	private int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void countsArticlesAnsweredByTheValveAndByTheControllerAlike() throws Exception {
		double before = count("article", 200);
		assertThat(get(SEED).statusCode()).isEqualTo(200);
		assertThat(count("article", 200)).isEqualTo(before + 1);
		// A variant of the URL goes to the controller.
		assertThat(get(SEED + "?view=bilingual&from=search").statusCode()).isEqualTo(200);
		assertThat(count("article", 200)).isEqualTo(before + 2);
	}

	@Test
	void countsEachKindOfRouteWithItsStatus() throws Exception {
		double search = count("search", 200);
		double missing = count("not-found", 404);
		double redirect = count("redirect", 302);
		double feedback = count("feedback", 400);
		double refused = value("helpcenter_feedback_refused_total", "reason=\"invalid\"");
		assertThat(get("/zh-tw/search?q=%E5%AF%86%E7%A2%BC").statusCode()).isEqualTo(200);
		assertThat(get("/zh-tw/no-such-article").statusCode()).isEqualTo(404);
		assertThat(get("/").statusCode()).isEqualTo(302);
		assertThat(this.http.send(HttpRequest.newBuilder(uri("/zh-tw/feedback"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("path=" + SEED.substring(7) + "&helpful=maybe"))
			.build(), HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(400);

		assertThat(count("search", 200)).isEqualTo(search + 1);
		assertThat(count("not-found", 404)).isEqualTo(missing + 1);
		assertThat(count("feedback", 400)).isEqualTo(feedback + 1);
		assertThat(value("helpcenter_feedback_refused_total", "reason=\"invalid\"")).isEqualTo(refused + 1);
		assertThat(count("redirect", 302)).isEqualTo(redirect + 1);
	}

	@Test
	void countsTheContentsBuildsAndTheirPhases() throws Exception {
		assertThat(value("helpcenter_content_reloads_seconds_count", "outcome=\"success\"")).isGreaterThanOrEqualTo(1);
		assertThat(value("helpcenter_content_phase_seconds_count", "phase=\"render\"")).isGreaterThanOrEqualTo(1);
		assertThat(value("helpcenter_render_cache_total", "kind=\"article\"", "result=\"miss\"")
				+ value("helpcenter_render_cache_total", "kind=\"article\"", "result=\"hit\"")).isGreaterThanOrEqualTo(1);
	}

	@Test
	void infoNamesTheBuild() throws Exception {
		HttpResponse<String> info = get("/actuator/info");
		assertThat(info.statusCode()).isEqualTo(200);
		assertThat(info.body()).contains("\"build\"", "\"artifact\":\"helpcenter\"", "\"git\"", "\"commit\"");
	}

	/** The count of {@code helpcenter.requests} of one route and status, 0 when it has none yet. */
	private double count(String route, int status) throws IOException, InterruptedException {
		return value("helpcenter_requests_seconds_count", "route=\"" + route + "\"", "status=\"" + status + "\"");
	}

	/** The value of a metric whose labels include all of {@code labels}, 0 when there is none yet. */
	private double value(String metric, String... labels) throws IOException, InterruptedException {
		String scrape = get("/actuator/prometheus").body();
		Matcher matcher = Pattern.compile("(?m)^" + metric + "\\{([^}]*)\\} (\\S+)$").matcher(scrape);
		while (matcher.find()) {
			String found = matcher.group(1);
			if (Stream.of(labels).allMatch(found::contains)) {
				return Double.parseDouble(matcher.group(2));
			}
		}
		return 0;
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

}
