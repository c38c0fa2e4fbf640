package app.helpcenter.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.ServletException;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import app.helpcenter.HelpCenterApplication;
import app.helpcenter.support.AppProcess;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A stop waits for a request that no servlet is answering, as an article page that a valve answers: Spring Boot's
 * graceful shutdown looks only at servlets, so without {@link RequestsInFlight} the web server stopped under it
 * and its reader got no answer. The request here is held in a valve of the test's until the stop has got past
 * that graceful shutdown.
 */
class RequestsInFlightTests {

	private static final CountDownLatch held = new CountDownLatch(1);

	private static final CountDownLatch release = new CountDownLatch(1);

	@Test
	void aStopWaitsForARequestThatNoServletIsAnswering(@TempDir Path work) throws Exception {
		ConfigurableApplicationContext context = new SpringApplicationBuilder(HelpCenterApplication.class,
				HoldingValve.class)
			.run("--server.port=0", "--logging.level.root=warn",
					"--spring.datasource.url=" + AppProcess.h2Url(work),
					"--helpcenter.cache.folder=" + work.resolve("render-cache"));
		RequestsInFlight inFlight = context.getBean(RequestsInFlight.class);
		int port = ((WebServerApplicationContext) context).getWebServer().getPort();
		try (Socket reader = new Socket("127.0.0.1", port)) {
			reader.setSoTimeout(60_000);
			reader.getOutputStream()
				.write("GET /held HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
					.getBytes(StandardCharsets.US_ASCII));
			assertThat(held.await(30, TimeUnit.SECONDS)).as("the request held in the valve").isTrue();

			Thread stopping = new Thread(context::close, "stopping");
			stopping.start();
			// Past Spring Boot's graceful shutdown: either waiting for the request, or (the fault) stopped already.
			Awaitility.await("the stop to get past the graceful shutdown")
				.atMost(Duration.ofSeconds(30))
				.pollInterval(Duration.ofMillis(10))
				.until(() -> !stopping.isAlive() || (!inFlight.isRunning() && inFlight.answering() > 0));
			release.countDown();

			InputStream in = reader.getInputStream();
			String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			assertThat(answer).startsWith("HTTP/1.1 200").endsWith("\r\n\r\nheld, then answered");
			stopping.join(TimeUnit.SECONDS.toMillis(30));
			assertThat(stopping.isAlive()).as("the stop ended once the request was answered").isFalse();
			assertThat(inFlight.answering()).isZero();
		}
		finally {
			release.countDown();
			context.close();
		}
	}

	@Test
	void anImmediateStopWaitsForNothing() throws InterruptedException {
		RequestsInFlight inFlight = new RequestsInFlight(Duration.ZERO);
		inFlight.start();
		inFlight.started();
		Thread stopping = new Thread(inFlight::stop);
		stopping.start();
		stopping.join(TimeUnit.SECONDS.toMillis(30));
		assertThat(stopping.isAlive()).isFalse();
		assertThat(inFlight.answering()).isOne();
		assertThat(inFlight.isRunning()).isFalse();
	}

	/** Holds a request for {@code /held} after every valve of the help center, before any servlet. */
	@Configuration(proxyBeanMethods = false)
	static class HoldingValve {

		@Bean
		WebServerFactoryCustomizer<TomcatServletWebServerFactory> holdingValve() {
			return (factory) -> factory.addContextValves(new ValveBase(true) {

				@Override
				public void invoke(Request request, Response response) throws IOException, ServletException {
					if (!"/held".equals(request.getRequestURI())) {
						getNext().invoke(request, response);
						return;
					}
					held.countDown();
					try {
						release.await(60, TimeUnit.SECONDS);
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
					}
					byte[] body = "held, then answered".getBytes(StandardCharsets.UTF_8);
					response.setStatus(200);
					response.setContentType("text/plain;charset=UTF-8");
					response.setContentLength(body.length);
					response.getOutputStream().write(body);
				}

			});
		}

	}

}
