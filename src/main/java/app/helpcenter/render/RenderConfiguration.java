package app.helpcenter.render;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import app.helpcenter.check.ContentCheck;
import app.helpcenter.check.Finding;
import app.helpcenter.content.Content;
import app.helpcenter.content.ContentLoader;
import app.helpcenter.content.ContentProperties;
import app.helpcenter.content.LoadProblem;

/**
 * Loads and renders the content tree once, at start-up.
 */
@Configuration(proxyBeanMethods = false)
class RenderConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(RenderConfiguration.class);

	@Bean
	Pages pages(ContentProperties contentProperties, LinkProperties linkProperties, MessageSource messageSource) {
		long start = System.nanoTime();
		Content content = new ContentLoader(contentProperties.maxFileSize().toBytes()).load(contentProperties.root());
		Pages pages = new PageBuilder(linkProperties.upstream(),
				(key, locale) -> messageSource.getMessage(key, null, key, locale), contentProperties.renderTimeout())
			.build(content);
		for (LoadProblem problem : pages.problems()) {
			logger.warn("Not served: {}", problem);
		}
		logCheck(content);
		logger.info("Loaded {} articles from {} into {} pages for {} locales ({}) in {} ms; {} files not served",
				content.articles().size(), contentProperties.root().toAbsolutePath().normalize(), pages.size(),
				pages.locales().size(), String.join(", ", pages.locales()), (System.nanoTime() - start) / 1_000_000,
				pages.problems().size());
		return pages;
	}

	/** The content check's findings: a summary line, each finding at DEBUG. It never stops start-up. */
	private static void logCheck(Content content) {
		try {
			List<Finding> findings = ContentCheck.check(content);
			if (logger.isDebugEnabled()) {
				findings.forEach((finding) -> logger.debug("Content check: {}", finding));
			}
			logger.info("Content check: {} (each finding at DEBUG level for {})", ContentCheck.summary(findings, content),
					RenderConfiguration.class.getName());
		}
		catch (RuntimeException | StackOverflowError ex) {
			logger.warn("Content check could not run: {}", ex.toString());
		}
	}

}
