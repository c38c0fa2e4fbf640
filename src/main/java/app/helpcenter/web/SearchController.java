package app.helpcenter.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import app.helpcenter.render.SiteLocales;
import app.helpcenter.search.SearchResults;
import app.helpcenter.search.Searchers;
import app.helpcenter.site.ResponseBytes;
import app.helpcenter.site.Responses;
import app.helpcenter.site.SiteSnapshot;

/**
 * The search page of each locale, {@code /zh-tw/search?q=密碼}, and the search box's suggestions, searched in
 * the snapshot the request reads. Each page and each list of suggestions is made once per snapshot and query
 * and then written as bytes (readers repeat searches); a content reload starts afresh.
 */
@Controller
class SearchController {

	/** Search pages and suggestions are the same for every reader: caches may keep them a minute. */
	private static final Duration MAX_AGE = Duration.ofMinutes(1);

	private static final String CACHE_CONTROL = CacheControl.maxAge(MAX_AGE).cachePublic().getHeaderValue();

	private final ITemplateEngine templates;

	private final Assets assets;

	private final JsonMapper json;

	SearchController(ITemplateEngine templates, Assets assets, JsonMapper json) {
		this.templates = templates;
		this.assets = assets;
		this.json = json;
	}

	@GetMapping("/{locale:[a-zA-Z]{2,3}-[a-zA-Z0-9]{2,8}}/search")
	ModelAndView search(SiteSnapshot site, @PathVariable String locale,
			@RequestParam(name = "q", required = false) String query) {
		String served = locale.toLowerCase(Locale.ROOT);
		if (!site.isLocale(served)) {
			throw new ArticleNotFoundException();
		}
		String text = (query != null) ? query.strip() : "";
		SearchPage page = site.made("search\u0000" + served + "\u0000" + text, (key) -> {
			SearchResults results = site.search(served, text).orElseThrow();
			Context context = new Context(SiteLocales.locale(served), Map.of("results", results, "assets", this.assets));
			return new SearchPage(Responses.inHeap(this.templates.process("search/results", context)),
					results.refused());
		});
		if (page.refused()) {
			ModelAndView refused = new ModelAndView(new PreparedPageView(page.response(), "no-store"));
			refused.setStatus(HttpStatus.BAD_REQUEST);
			return refused;
		}
		return new ModelAndView(new PreparedPageView(page.response(), CACHE_CONTROL));
	}

	/** A search page as made once: its bytes, and whether the query could not be searched (a 400). */
	private record SearchPage(ResponseBytes response, boolean refused) {
	}

	/**
	 * Up to eight articles for what a reader has typed so far, as JSON, for the search box's suggestions:
	 * {@code {"query": "密碼", "suggestions": [{"title": ..., "hint": ..., "url": ...}]}}, whatever the request
	 * accepts. The same for every reader, so caches may keep it a minute.
	 */
	@GetMapping("/{locale:[a-zA-Z]{2,3}-[a-zA-Z0-9]{2,8}}/search/suggest")
	ResponseEntity<byte[]> suggest(SiteSnapshot site, @PathVariable String locale,
			@RequestParam(name = "q", required = false) String query) {
		String served = locale.toLowerCase(Locale.ROOT);
		if (!site.isLocale(served)) {
			throw new ArticleNotFoundException();
		}
		String prefix = (query != null) ? query.strip() : "";
		byte[] body = site.made("suggest\u0000" + served + "\u0000" + prefix,
				(key) -> this.json.writeValueAsBytes(new Suggestions(prefix, site.suggest(served, prefix).orElseThrow())));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.cacheControl(CacheControl.maxAge(MAX_AGE).cachePublic())
			.body(body);
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
