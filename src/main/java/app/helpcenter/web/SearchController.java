package app.helpcenter.web;

import java.util.Locale;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

import app.helpcenter.search.SearchResults;
import app.helpcenter.site.SiteSnapshot;

/**
 * The search page of each locale: {@code /zh-tw/search?q=密碼}, searched in the snapshot the request reads.
 */
@Controller
class SearchController {

	@GetMapping("/{locale:[a-zA-Z]{2,3}-[a-zA-Z0-9]{2,8}}/search")
	ModelAndView search(SiteSnapshot site, @PathVariable String locale,
			@RequestParam(name = "q", required = false) String query) {
		SearchResults results = site.search(locale.toLowerCase(Locale.ROOT), query)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return new ModelAndView("search/results", Map.of("results", results),
				results.refused() ? HttpStatus.BAD_REQUEST : HttpStatus.OK);
	}

}
