package app.helpcenter.web;

import java.net.http.HttpResponse;
import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Readiness is what a proxy or an orchestrator asks before it sends readers: UP with the content prepared, DOWN
 * (503) as soon as the app refuses traffic (the first step of a graceful shutdown) while liveness stays UP, so
 * that the process is not restarted for stopping; back UP when it accepts traffic again.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ReadinessWebTests {

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	@Test
	void readinessFollowsTheContentAndTheTrafficStateWhileLivenessStaysUp() {
		HttpPages http = new HttpPages(this.port);
		// A lazy start: UP once every page is prepared (LazyStartWebTests shows it is not before).
		Awaitility.await("readiness once the content is prepared")
			.atMost(Duration.ofMinutes(1))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> http.get("/actuator/health/readiness", "Accept", "application/json").statusCode() == 200);
		HttpResponse<String> ready = http.get("/actuator/health/readiness", "Accept", "application/json");
		assertThat(ready.statusCode()).isEqualTo(200);
		assertThat(ready.body()).contains("\"content\":{").contains("\"readinessState\":{\"status\":\"UP\"}");

		AvailabilityChangeEvent.publish(this.context, ReadinessState.REFUSING_TRAFFIC);
		try {
			HttpResponse<String> refusing = http.get("/actuator/health/readiness", "Accept", "application/json");
			assertThat(refusing.statusCode()).isEqualTo(503);
			assertThat(refusing.body()).contains("\"status\":\"OUT_OF_SERVICE\"");
			assertThat(http.get("/actuator/health/liveness", "Accept", "application/json").statusCode()).isEqualTo(200);
			assertThat(http.get("/zh-tw/partner-center/unable-to-sign-in").statusCode())
				.as("pages are still answered while proxies stop sending readers").isEqualTo(200);
		}
		finally {
			AvailabilityChangeEvent.publish(this.context, ReadinessState.ACCEPTING_TRAFFIC);
		}
		assertThat(http.get("/actuator/health/readiness", "Accept", "application/json").statusCode()).isEqualTo(200);
	}

}
