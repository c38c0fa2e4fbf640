package app.helpcenter.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import app.helpcenter.feedback.UnansweredSearches;
import app.helpcenter.render.SiteLocales;
import app.helpcenter.search.SearchResults;
import app.helpcenter.search.Searchers;
import app.helpcenter.site.Responses;
import app.helpcenter.site.SiteSnapshot;

/**
 * The search page of each locale, {@code /zh-tw/search?q=密碼&page=2}, and the search box's suggestions, searched in
 * the snapshot the request reads. Each page and each list of suggestions is made once per snapshot and query
 * and then written as bytes, by {@link PreparedPageValve} when the same request comes again
 * ({@link SearchResponses}); a content reload starts afresh.
 */
@Controller
class SearchController {

	private final ITemplateEngine templates;

	private final Assets assets;

	private final JsonMapper json;

	private final UnansweredSearches unanswered;

	SearchController(ITemplateEngine templates, Assets assets, JsonMapper json, UnansweredSearches unanswered) {
		this.templates = templates;
		this.assets = assets;
		this.json = json;
		this.unanswered = unanswered;
	}

	@GetMapping("/{locale:[a-zA-Z]{2,3}-[a-zA-Z0-9]{2,8}}/search")
	ModelAndView search(SiteSnapshot site, @PathVariable String locale,
			@RequestParam(name = "q", required = false) String query,
			@RequestParam(name = "page", required = false) String pageNumber) {
		String served = served(site, locale);
		String text = text(query);
		int number = SearchResponses.page(pageNumber);
		SearchResponses.Made page = site.made(SearchResponses.searchKey(served, text, number), (key) -> {
			SearchResults results = site.search(served, text, number).orElseThrow();
			Context context = new Context(SiteLocales.locale(served), Map.of("results", results, "assets", this.assets));
			boolean unanswered = !results.refused() && results.total() == 0 && !text.isEmpty();
			return new SearchResponses.Made(Responses.inHeap(this.templates.process("search/results", context)),
					PreparedPageView.HTML, results.refused(),
					unanswered ? new SearchResponses.Unanswered(served, text) : null);
		});
		if (page.unanswered() != null) {
			this.unanswered.record(page.unanswered().locale(), page.unanswered().query());
		}
		if (page.refused()) {
			ModelAndView refused = new ModelAndView(new PreparedPageView(page.bytes(), "no-store"));
			refused.setStatus(HttpStatus.BAD_REQUEST);
			return refused;
		}
		return new ModelAndView(new PreparedPageView(page.bytes(), SearchResponses.CACHE_CONTROL, page.contentType()));
	}

	/**
	 * Up to eight articles for what a reader has typed so far, as JSON, for the search box's suggestions:
	 * {@code {"query": "密碼", "suggestions": [{"title": ..., "hint": ..., "url": ...}]}}, whatever the request
	 * accepts. The same for every reader, so caches may keep it a minute.
	 */
	@GetMapping("/{locale:[a-zA-Z]{2,3}-[a-zA-Z0-9]{2,8}}/search/suggest")
	ModelAndView suggest(SiteSnapshot site, @PathVariable String locale,
			@RequestParam(name = "q", required = false) String query) {
		String served = served(site, locale);
		String prefix = text(query);
		SearchResponses.Made suggestions = site.made(SearchResponses.suggestKey(served, prefix),
				(key) -> new SearchResponses.Made(Responses.inHeap(this.json
					.writeValueAsBytes(new Suggestions(prefix, site.suggest(served, prefix).orElseThrow()))),
						SearchResponses.JSON, false));
		return new ModelAndView(
				new PreparedPageView(suggestions.bytes(), SearchResponses.CACHE_CONTROL, suggestions.contentType()));
	}

	/**
	 * The locale as the site serves it; a 404 when it serves no such locale, a 503 while search cannot be
	 * answered yet (a lazy start before its articles are indexed, or after a change while the help center was down,
	 * before every page is prepared).
	 */
	private static String served(SiteSnapshot site, String locale) {
		String served = locale.toLowerCase(Locale.ROOT);
		if (site.isPlaceholder()) {
			throw new StillPreparingException();
		}
		if (!site.isLocale(served)) {
			throw new ArticleNotFoundException();
		}
		if (!site.canSearch()) {
			throw new StillPreparingException();
		}
		return served;
	}

	private static String text(String query) {
		return (query != null) ? query.strip() : "";
	}

	/**
	 * The suggestions for a prefix.
	 *
	 * @param query the prefix, as typed
	 * @param suggestions the articles, best first
	 */
	record Suggestions(String query, List<Searchers.Suggestion> suggestions) {
	}

}
