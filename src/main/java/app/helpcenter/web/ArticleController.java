package app.helpcenter.web;

import java.util.Locale;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

import app.helpcenter.render.HubPage;
import app.helpcenter.render.Page;
import app.helpcenter.site.SiteSnapshot;

/**
 * Article pages and the home page of each locale, from the site snapshot the request reads. Pages are looked up
 * among the rendered ones only; a URL becomes a file path only for an image, read by {@link RepositoryImages}
 * inside its locale folder. Redirects go to URLs built from loaded pages, never from the request (an image's
 * upstream copy aside, on the configured upstream site).
 */
@Controller
class ArticleController {

	private static final String BILINGUAL = "bilingual";

	private final String cacheControl;

	private final RepositoryImages images;

	ArticleController(WebProperties properties, RepositoryImages images) {
		this.cacheControl = properties.cacheControl();
		this.images = images;
	}

	/**
	 * @param view {@code bilingual} for the side-by-side page; any other value is ignored, so a mistyped or
	 * hostile value still gets the article
	 */
	@GetMapping("/{locale:[a-zA-Z]{2,3}-[a-zA-Z0-9]{2,8}}/{*path}")
	ModelAndView show(SiteSnapshot site, @PathVariable String locale, @PathVariable String path,
			@RequestParam(name = "view", required = false) String view) {
		String served = locale.toLowerCase(Locale.ROOT);
		if (site.isPlaceholder()) {
			throw new StillPreparingException();
		}
		if (!site.isLocale(served)) {
			throw new ArticleNotFoundException();
		}
		if (path.isEmpty() || path.equals("/")) {
			if (path.isEmpty() || !served.equals(locale)) {
				return redirect("/" + served + "/");
			}
			if (!site.isComplete()) {
				throw new StillPreparingException();
			}
			return new ModelAndView("article/list", "docsets", site.docsets(served));
		}
		String articlePath = path.substring(1);
		if (RepositoryImages.isImage(articlePath)) {
			return this.images.serve(served, articlePath);
		}
		if (articlePath.endsWith("/")) {
			return site.hub(served, articlePath.substring(0, articlePath.length() - 1))
				.map((hub) -> served.equals(locale) ? new ModelAndView("article/hub", "hub", hub) : redirect(hub.url()))
				.orElseThrow(ArticleNotFoundException::new);
		}
		boolean markdownUrl = articlePath.endsWith(".md");
		String key = markdownUrl ? articlePath.substring(0, articlePath.length() - ".md".length()) : articlePath;
		Optional<Page> found = site.find(served, key);
		if (found.isEmpty()) {
			return site.redirect(served, key)
				.or(() -> site.hub(served, key).map(HubPage::url))
				.map(ArticleController::redirect)
				.orElseThrow(ArticleNotFoundException::new);
		}
		Page page = found.get();
		if (markdownUrl || !served.equals(locale)) {
			return redirect(page.url());
		}
		if (BILINGUAL.equals(view)) {
			page = site.findBilingual(served, key).orElse(page);
		}
		return new ModelAndView(new PreparedPageView(site.prepared(page), this.cacheControl));
	}

	private static ModelAndView redirect(String knownUrl) {
		RedirectView view = new RedirectView(knownUrl);
		view.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
		view.setExpandUriTemplateVariables(false);
		view.setExposeModelAttributes(false);
		return new ModelAndView(view);
	}

}
