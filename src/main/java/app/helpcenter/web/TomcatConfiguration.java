package app.helpcenter.web;

import java.net.URI;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import app.helpcenter.render.LinkProperties;

@Configuration(proxyBeanMethods = false)
class TomcatConfiguration {

	/** Added after Spring Boot's own valves, so that a configured proxy's X-Forwarded-Proto is already applied. */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> securityValve(LinkProperties links) {
		URI upstream = URI.create(links.upstream().replace("{locale}", "locale"));
		String origin = upstream.getScheme() + "://" + upstream.getRawAuthority();
		return (factory) -> factory.addEngineValves(new SecurityValve(origin));
	}

}
