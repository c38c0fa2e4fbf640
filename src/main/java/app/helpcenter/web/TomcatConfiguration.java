package app.helpcenter.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.context.LifecycleProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.Shutdown;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.function.SingletonSupplier;

import app.helpcenter.feedback.FeedbackMetrics;
import app.helpcenter.feedback.PostLimits;
import app.helpcenter.feedback.UnansweredSearches;
import app.helpcenter.render.LinkProperties;
import app.helpcenter.scratch.ScratchFolder;
import app.helpcenter.site.LiveSite;
import app.helpcenter.site.SiteProperties;

@Configuration(proxyBeanMethods = false)
class TomcatConfiguration {

	/**
	 * Tomcat's own working folders (its base and document root), which it otherwise makes in the temporary
	 * folder and leaves there when the process is killed; as a {@link ScratchFolder}, the next start deletes them.
	 */
	@Bean(destroyMethod = "close")
	ScratchFolder tomcatFolder() {
		return ScratchFolder.create(Path.of(System.getProperty("java.io.tmpdir")), "helpcenter-tomcat-");
	}

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> tomcatFolders(ScratchFolder tomcatFolder) {
		return (factory) -> {
			try {
				if (factory.getBaseDirectory() == null) {
					factory.setBaseDirectory(Files.createDirectories(tomcatFolder.path().resolve("base")).toFile());
				}
				if (factory.getSettings().getDocumentRoot() == null) {
					factory.setDocumentRoot(Files.createDirectories(tomcatFolder.path().resolve("docbase")).toFile());
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot make Tomcat's folders in " + tomcatFolder.path(), ex);
			}
		};
	}

	/** The requests being answered, which a graceful stop waits for ({@code server.shutdown=immediate}: none). */
	@Bean
	RequestsInFlight requestsInFlight(ServerProperties server, LifecycleProperties lifecycle) {
		return new RequestsInFlight(
				(server.getShutdown() == Shutdown.GRACEFUL) ? lifecycle.getTimeoutPerShutdownPhase() : Duration.ZERO);
	}

	/**
	 * The requests in flight (counted until their response is written out), the request metrics (around everything
	 * else), the security valve, then the prepared-page valve, then the feedback posts' per-client limit; added
	 * after Spring Boot's own valves, so that a configured proxy's X-Forwarded-Proto and X-Forwarded-For are already
	 * applied.
	 */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> valves(LinkProperties links,
			ObjectProvider<LiveSite> site, WebProperties properties, BadRequestLog badRequests,
			ObjectProvider<UnansweredSearches> unanswered, ObjectProvider<PostLimits> limits,
			ObjectProvider<MessageSource> messages, ObjectProvider<Assets> assets, ObjectProvider<MeterRegistry> meters,
			ObjectProvider<FeedbackMetrics> feedbackMetrics, ObjectProvider<RequestsInFlight> inFlight,
			SiteProperties siteProperties) {
		URI upstream = URI.create(links.upstream().replace("{locale}", "locale"));
		String origin = upstream.getScheme() + "://" + upstream.getRawAuthority();
		return (factory) -> factory.addEngineValves(new InFlightValve(SingletonSupplier.of(inFlight::getObject)),
				new RequestMetricsValve(SingletonSupplier.of(meters::getObject)),
				new SecurityValve(origin, badRequests),
				new PreparedPageValve(SingletonSupplier.of(site::getObject), properties.cacheControl(),
						SingletonSupplier.of(unanswered::getObject), siteProperties.waitWhilePreparing()),
				new FeedbackLimitValve(SingletonSupplier.of(limits::getObject), SingletonSupplier.of(messages::getObject),
						SingletonSupplier.of(assets::getObject), SingletonSupplier.of(feedbackMetrics::getObject)));
	}

}
