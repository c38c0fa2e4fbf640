package app.helpcenter.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No page at the requested locale and path; answered with the 404 page.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class ArticleNotFoundException extends RuntimeException {

	ArticleNotFoundException() {
		super("No such article", null, false, false);
	}

}
