package app.helpcenter.site;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.ApplicationListener;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import app.helpcenter.cache.CacheProperties;
import app.helpcenter.cache.RenderCache;
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

	private static final Logger logger = LoggerFactory.getLogger(SiteConfiguration.class);

	/** The search index, kept between runs in the render cache's folder (a temporary one when there is none). */
	@Bean
	SearchIndex searchIndex(SearchProperties properties, RenderCache renderCache) {
		return new SearchIndex(properties, renderCache.searchFolder());
	}

	/**
	 * Renderings kept between runs, keyed by the build (its version and time, from
	 * {@code META-INF/build-info.properties}); without build information there is nothing that says which code
	 * rendered an entry, and nothing is kept.
	 */
	@Bean(destroyMethod = "close")
	RenderCache renderCache(CacheProperties cache, ContentProperties content, LinkProperties links,
			ObjectProvider<BuildProperties> build) {
		BuildProperties properties = build.getIfAvailable();
		if (properties == null) {
			logger.info("No build information (META-INF/build-info.properties): renderings are not kept between runs");
			return RenderCache.none();
		}
		return RenderCache.in(cache.folderFor(content.root()), cache.maxSize().toBytes(),
				properties.getVersion() + " " + properties.getTime(), links.upstream(), content.sourceLocale());
	}

	@Bean
	SiteBuilder siteBuilder(ContentProperties content, LinkProperties links, MessageSource messages,
			PageTemplate template, SearchIndex searchIndex, SiteProperties site, RenderCache renderCache) {
		PageBuilder pages = new PageBuilder(links.upstream(),
				(key, locale) -> messages.getMessage(key, null, key, locale), content.renderTimeout(),
				content.sourceLocale());
		return new SiteBuilder(content.root(), content.maxFileSize().toBytes(), pages, template, searchIndex,
				site.responseStoreFolder(), renderCache, Clock.systemUTC());
	}

	@Bean(destroyMethod = "stop")
	LiveSite liveSite(SiteBuilder builder, ContentProperties content, SiteProperties site, MeterRegistry meters) {
		LiveSite live = new LiveSite(builder, content.watchDelay(), Clock.systemUTC(),
				new ContentMetrics(meters)::record, site.lazyStart());
		// A lazy start reads the content while the rest of the application starts.
		live.prepare();
		return live;
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
