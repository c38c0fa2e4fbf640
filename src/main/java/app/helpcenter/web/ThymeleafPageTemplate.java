package app.helpcenter.web;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;

import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import app.helpcenter.feedback.FeedbackForm;
import app.helpcenter.render.Navigation;
import app.helpcenter.render.Page;
import app.helpcenter.render.SiteLocales;
import app.helpcenter.site.PageTemplate;

/**
 * Renders article pages through the {@code article/show} template, on all cores: the response of every page is
 * made once, when its page changes, and served as bytes from then on. Each docset's table of contents is turned
 * into HTML once per call, not once per page ({@link NavigationHtml}).
 */
final class ThymeleafPageTemplate implements PageTemplate {

	private final ITemplateEngine templates;

	private final Assets assets;

	private final SupportProperties support;

	private final String defaultLocale;

	ThymeleafPageTemplate(ITemplateEngine templates, Assets assets, SupportProperties support, String defaultLocale) {
		this.templates = templates;
		this.assets = assets;
		this.support = support;
		this.defaultLocale = defaultLocale;
	}

	@Override
	public String settingsFor(Page page) {
		return this.support.routeFor(page.locale()) + "|" + this.defaultLocale;
	}

	@Override
	public void render(List<Page> pages, BiConsumer<Page, String> sink) {
		if (pages.isEmpty()) {
			return;
		}
		Map<Navigation, NavigationHtml> tables = new IdentityHashMap<>();
		pages.stream()
			.map(Page::navigation)
			.filter(Objects::nonNull)
			.forEach((navigation) -> tables.computeIfAbsent(navigation, NavigationHtml::new));
		// Threads of our own, not the common pool: they inherit this thread's context class loader, which
		// finds the templates inside the packaged jar.
		ExecutorService pool = Executors.newFixedThreadPool(Math.min(pages.size(), Runtime.getRuntime().availableProcessors()));
		try {
			List<Future<?>> done = pages.stream().<Future<?>>map((page) -> pool.submit(() -> {
				Map<String, Object> model = new HashMap<>();
				model.put("page", page);
				model.put("assets", this.assets);
				model.put("toc", (page.navigation() != null) ? tables.get(page.navigation()).render(page.path()) : "");
				model.put("support", this.support.routeFor(page.locale()));
				model.put("defaultLocale", this.defaultLocale);
				model.put("feedbackReasons", FeedbackForm.REASONS);
				Context context = new Context(SiteLocales.locale(page.locale()), model);
				sink.accept(page, this.templates.process("article/show", context));
			})).toList();
			for (Future<?> future : done) {
				future.get();
			}
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("Cannot prepare article pages", ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while preparing article pages", ex);
		}
		finally {
			pool.shutdownNow();
		}
	}

}
