package app.helpcenter.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page rendered per request (lists, landing pages, search, errors) the versioned asset URLs
 * that prepared article pages carry.
 */
@ControllerAdvice
class AssetsAdvice {

	private final Assets assets;

	AssetsAdvice(Assets assets) {
		this.assets = assets;
	}

	@ModelAttribute("assets")
	Assets assets() {
		return this.assets;
	}

}
