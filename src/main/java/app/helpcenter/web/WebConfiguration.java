package app.helpcenter.web;

import java.time.Duration;
import java.util.List;

import org.thymeleaf.ITemplateEngine;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.EncodedResourceResolver;
import org.springframework.web.servlet.resource.VersionResourceResolver;


@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	@Bean
	SiteLocaleResolver localeResolver(LocaleProperties locales) {
		return new SiteLocaleResolver(locales.defaultLocale());
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
	ThymeleafPageTemplate pageTemplate(ITemplateEngine templates, Assets assets, SupportProperties support,
			LocaleProperties locales) {
		return new ThymeleafPageTemplate(templates, assets, support, locales.defaultLocale());
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new SiteRequests());
	}

	/**
	 * Assets are served under their content-hashed names, which never change, so caches may keep them a year; a
	 * client that accepts gzip gets the form gzipped at build time ({@code site.css.gz}, see the pom).
	 */
	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler(Assets.PATH + "**")
			.addResourceLocations("classpath:/static" + Assets.PATH)
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
			.resourceChain(true)
			.addResolver(new EncodedResourceResolver())
			.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
	}

}
