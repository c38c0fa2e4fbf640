package app.helpcenter.search;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import app.helpcenter.render.Pages;

@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(SearchConfiguration.class);

	@Bean
	SearchIndex searchIndex(Pages pages, SearchProperties properties) {
		long start = System.nanoTime();
		SearchIndex index = new SearchIndex(pages, properties);
		logger.info("Indexed {} pages for search in {} ms", pages.size(), (System.nanoTime() - start) / 1_000_000);
		return index;
	}

}
