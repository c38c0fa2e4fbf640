package app.helpcenter.web;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thymeleaf.ITemplateEngine;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

import app.helpcenter.render.Pages;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	private static final Logger logger = LoggerFactory.getLogger(WebConfiguration.class);

	@Bean
	LocaleResolver localeResolver(Pages pages) {
		return new SiteLocaleResolver(pages);
	}

	@Bean
	BadRequestLog badRequestLog() {
		return new BadRequestLog();
	}

	@Bean
	BadRequestLogging badRequestLogging(BadRequestLog badRequestLog) {
		return new BadRequestLogging(badRequestLog);
	}

	@Bean
	Assets assets() {
		return Assets.fromClasspath();
	}

	@Bean
	PreparedPages preparedPages(Pages pages, ITemplateEngine templates, Assets assets, WebProperties properties) {
		long start = System.nanoTime();
		PreparedPages prepared = new PreparedPages(pages, templates, assets, properties.responseStoreFolder());
		logger.info("Prepared {} page responses in {} ms ({} KB gzip-compressed, kept out of the heap)", prepared.size(),
				(System.nanoTime() - start) / 1_000_000, prepared.storedBytes() / 1024);
		return prepared;
	}

	/** Assets are served under their content-hashed names, which never change, so caches may keep them a year. */
	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler(Assets.PATH + "**")
			.addResourceLocations("classpath:/static" + Assets.PATH)
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
			.resourceChain(true)
			.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
	}

}
