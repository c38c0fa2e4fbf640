package app.helpcenter.web;

import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

import app.helpcenter.site.LiveSite;
import app.helpcenter.site.SiteSnapshot;

/**
 * The authors' page of what the content check and loading found in the content as it is served, newest first,
 * each with file, line and column: {@code /authors/findings}. Not linked from readers' pages and not indexed.
 * It shows only what is in the content repository (file names, lines, what is wrong), never a server path or
 * anything a reader sent, so it needs no login; {@code helpcenter.authors.findings=false} turns it off for a
 * repository whose file names are private.
 */
@Controller
@ConditionalOnBooleanProperty(name = "helpcenter.authors.findings", matchIfMissing = true)
class FindingsController {

	private final LiveSite live;

	FindingsController(LiveSite live) {
		this.live = live;
	}

	@GetMapping("/authors/findings")
	ModelAndView findings(SiteSnapshot site) {
		return new ModelAndView("authors/findings", Map.of("site", site, "reload", this.live.lastReload()));
	}

}
