package app.helpcenter.render;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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

}
