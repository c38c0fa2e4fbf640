package app.helpcenter.web;

import java.net.URI;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.function.SingletonSupplier;

import app.helpcenter.render.LinkProperties;

@Configuration(proxyBeanMethods = false)
class TomcatConfiguration {

	/**
	 * The security valve, then the prepared-page valve; added after Spring Boot's own valves, so that a
	 * configured proxy's X-Forwarded-Proto is already applied.
	 */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> valves(LinkProperties links,
			ObjectProvider<PreparedPages> prepared, WebProperties properties) {
		URI upstream = URI.create(links.upstream().replace("{locale}", "locale"));
		String origin = upstream.getScheme() + "://" + upstream.getRawAuthority();
		return (factory) -> factory.addEngineValves(new SecurityValve(origin),
				new PreparedPageValve(SingletonSupplier.of(prepared::getObject), properties.cacheControl()));
	}

}
