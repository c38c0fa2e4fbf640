package app.helpcenter.web;

import jakarta.servlet.ServletRequest;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import app.helpcenter.site.SiteSnapshot;

/**
 * The site snapshot a request reads from start to end: {@link PreparedPageValve} takes it from the live site
 * when the request arrives, keeps it in a request attribute and releases it once the request is answered, so a
 * reload in between never changes what one request sees. Controllers get it as a {@link SiteSnapshot} parameter.
 */
final class SiteRequests implements HandlerMethodArgumentResolver {

	static final String ATTRIBUTE = SiteSnapshot.class.getName();

	/** The snapshot the request reads. */
	static SiteSnapshot snapshot(ServletRequest request) {
		Object snapshot = request.getAttribute(ATTRIBUTE);
		if (!(snapshot instanceof SiteSnapshot site)) {
			throw new IllegalStateException("The request has no site snapshot: it did not come through the valves");
		}
		return site;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == SiteSnapshot.class;
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
			WebDataBinderFactory binderFactory) {
		return snapshot(request.getNativeRequest(ServletRequest.class));
	}

}
