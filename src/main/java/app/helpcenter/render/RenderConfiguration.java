package app.helpcenter.render;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import app.helpcenter.content.Content;
import app.helpcenter.content.ContentLoader;
import app.helpcenter.content.ContentProperties;
import app.helpcenter.content.LoadProblem;

/**
 * Loads and renders the content tree once, at start-up; the content check runs once the application is ready.
 */
@Configuration(proxyBeanMethods = false)
class RenderConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(RenderConfiguration.class);

	@Bean
	StartupContentCheck startupContentCheck() {
		return new StartupContentCheck();
	}

	@Bean
	Pages pages(ContentProperties contentProperties, LinkProperties linkProperties, MessageSource messageSource,
			StartupContentCheck contentCheck) {
		long start = System.nanoTime();
		Content content = new ContentLoader(contentProperties.maxFileSize().toBytes()).load(contentProperties.root());
		Pages pages = new PageBuilder(linkProperties.upstream(),
				(key, locale) -> messageSource.getMessage(key, null, key, locale), contentProperties.renderTimeout())
			.build(content);
		for (LoadProblem problem : pages.problems()) {
			logger.warn("Not served: {}", problem);
		}
		contentCheck.schedule(content);
		logger.info("Loaded {} articles from {} into {} pages for {} locales ({}) in {} ms; {} files not served",
				content.articles().size(), contentProperties.root().toAbsolutePath().normalize(), pages.size(),
				pages.locales().size(), String.join(", ", pages.locales()), (System.nanoTime() - start) / 1_000_000,
				pages.problems().size());
		return pages;
	}

	/**
	 * Once every singleton is made (the prepared responses and the search index among them), the pages' body
	 * HTML is no longer read: it is released.
	 */
	@Bean
	SmartInitializingSingleton pageBodyRelease(Pages pages) {
		return () -> logger.info("Released the pages' body HTML ({} KB deflated); pages are served from their prepared responses",
				pages.releaseBodies() / 1024);
	}

}
