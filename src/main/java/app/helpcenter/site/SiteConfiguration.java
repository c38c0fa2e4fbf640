package app.helpcenter.site;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import app.helpcenter.content.ContentProperties;
import app.helpcenter.render.LinkProperties;
import app.helpcenter.render.PageBuilder;
import app.helpcenter.search.SearchIndex;
import app.helpcenter.search.SearchProperties;

/**
 * Wiring only: the site is built by {@link SiteBuilder} and kept by {@link LiveSite}, which the web layer reads.
 */
@Configuration(proxyBeanMethods = false)
class SiteConfiguration {

	@Bean
	SearchIndex searchIndex(SearchProperties properties) {
		return new SearchIndex(properties);
	}

	@Bean
	SiteBuilder siteBuilder(ContentProperties content, LinkProperties links, MessageSource messages,
			PageTemplate template, SearchIndex searchIndex, SiteProperties site) {
		PageBuilder pages = new PageBuilder(links.upstream(),
				(key, locale) -> messages.getMessage(key, null, key, locale), content.renderTimeout(),
				content.sourceLocale());
		return new SiteBuilder(content.root(), content.maxFileSize().toBytes(), pages, template, searchIndex,
				site.responseStoreFolder(), Clock.systemUTC());
	}

	@Bean(destroyMethod = "stop")
	LiveSite liveSite(SiteBuilder builder, ContentProperties content) {
		return new LiveSite(builder, content.watchDelay(), Clock.systemUTC());
	}

	@Bean
	@ConditionalOnBooleanProperty(name = "helpcenter.content.watch", matchIfMissing = true)
	ContentWatcher contentWatcher(LiveSite site, ContentProperties content) {
		return new ContentWatcher(site, content.root());
	}

	/** The content check of every article runs once the site is ready; readers do not wait for it. */
	@Bean
	ApplicationListener<ApplicationReadyEvent> contentCheckAfterStart(LiveSite site) {
		return (event) -> site.checkAll();
	}

	@Bean
	ContentHealthIndicator contentHealthIndicator(LiveSite site) {
		return new ContentHealthIndicator(site);
	}

}
