package app.helpcenter.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import app.helpcenter.render.Page;
import app.helpcenter.site.PageTemplate;
import app.helpcenter.support.HostileFiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A first start over HTTP: while every page is being prepared (held back here at the page template on the reload
 * thread), an article is answered at once, rendered on demand; search answers from the articles' Markdown, so
 * readiness is 200 (UP, still {@code preparing}); a locale's list of articles, made from every page, waits the
 * time set, then is answered 503 with a {@code Retry-After}. Once everything is prepared, the list answers and
 * search answers from the pages.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "helpcenter.site.lazy-start=true", "helpcenter.site.wait-while-preparing=200ms" })
@DirtiesContext
class LazyStartWebTests {

	private static final String SEED = "/zh-tw/partner-center/unable-to-sign-in";

	private static final String SEARCH = "/zh-tw/search?q=%E5%AF%86%E7%A2%BC";

	/** Holds the build of every page back until counted down; closed when the context starts. */
	private static final CountDownLatch gate = new CountDownLatch(1);

	private static Path cacheFolder;

	@LocalServerPort
	private int port;

	/** A render cache of its own, empty: no search index kept from an earlier run for search to answer from. */
	@DynamicPropertySource
	static void emptyRenderCache(DynamicPropertyRegistry registry) {
		try {
			cacheFolder = Files.createTempDirectory("lazy-start-cache-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		registry.add("helpcenter.cache.folder", cacheFolder::toString);
	}

	@AfterAll
	static void deleteCache() {
		HostileFiles.delete(cacheFolder);
	}

	@AfterEach
	void openTheGate() {
		gate.countDown();
	}

	@Test
	void articlesAndSearchAreAnsweredAtOnceAndOnlyTheListOfArticlesWaitsForEveryPage() {
		HttpPages http = new HttpPages(this.port);
		HttpResponse<String> article = http.get(SEED);
		assertThat(article.statusCode()).isEqualTo(200);
		assertThat(article.body()).contains("忘記密碼").contains("If you have forgotten your password");
		assertThat(http.get(SEED + "?view=bilingual").statusCode()).isEqualTo(200);
		assertThat(http.get("/en-us/partner-center/unable-to-sign-in").body()).contains("If you have forgotten your password");

		// Search answers once the articles are indexed from their Markdown, right after the content is read.
		Awaitility.await("search before every page is prepared")
			.atMost(Duration.ofMinutes(1))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> http.get(SEARCH).statusCode() == 200);
		HttpResponse<String> search = http.get(SEARCH);
		assertThat(search.statusCode()).isEqualTo(200);
		assertThat(search.body()).contains(SEED).contains("<mark>密碼</mark>");
		HttpResponse<String> list = http.get("/zh-tw/");
		assertThat(list.statusCode()).isEqualTo(503);
		assertThat(list.headers().firstValue("Retry-After")).isPresent();
		assertThat(list.body()).doesNotContain("Exception");
		HttpResponse<String> readiness = http.get("/actuator/health/readiness", "Accept", "application/json");
		assertThat(readiness.statusCode()).isEqualTo(200);
		assertThat(readiness.body()).contains("\"status\":\"UP\"").contains("\"preparing\"");
		assertThat(http.get("/actuator/health/liveness", "Accept", "application/json").statusCode()).isEqualTo(200);

		gate.countDown();
		Awaitility.await("every page prepared")
			.atMost(Duration.ofMinutes(1))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> !http.get("/actuator/health/readiness", "Accept", "application/json")
				.body()
				.contains("preparing"));
		HttpResponse<String> found = http.get(SEARCH);
		assertThat(found.statusCode()).isEqualTo(200);
		assertThat(found.body()).contains(SEED);
		assertThat(http.get("/zh-tw/").statusCode()).isEqualTo(200);
		assertThat(http.get(SEED).body()).isEqualTo(article.body());
	}

	@TestConfiguration
	static class Gate {

		/** Every page template waits for the gate on the reload thread, where every page is prepared. */
		@Bean
		static BeanPostProcessor gatedPageTemplate() {
			return new BeanPostProcessor() {

				@Override
				public Object postProcessAfterInitialization(Object bean, String beanName) {
					if (!(bean instanceof PageTemplate template)) {
						return bean;
					}
					return new PageTemplate() {

						@Override
						public void render(List<Page> pages, BiConsumer<Page, String> sink) {
							if (Thread.currentThread().getName().equals("content-reload")) {
								try {
									gate.await(1, TimeUnit.MINUTES);
								}
								catch (InterruptedException ex) {
									Thread.currentThread().interrupt();
								}
							}
							template.render(pages, sink);
						}

						@Override
						public String settingsFor(Page page) {
							return template.settingsFor(page);
						}

					};
				}

			};
		}

	}

}
