package app.helpcenter.render;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;

import app.helpcenter.content.LinkSchemes;

/**
 * Decides where a link or image in an article, a table of contents or a landing page points. Absolute URLs
 * and fragments stay exactly as written; links with a scheme other than http, https and mailto go nowhere. A
 * relative or site-relative link to an article that is loaded goes to its page in the same language; a relative
 * image goes to its path under the article's locale folder (served from there, or sent upstream when it is not
 * there); anything else goes to the same path on the upstream docs site, in the page's locale. Local URLs are
 * percent-encoded.
 */
public final class LinkResolver {

	private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

	private static final Pattern PAGE_EXTENSION = Pattern.compile("\\.(md|yml)$", Pattern.CASE_INSENSITIVE);

	/** The image files a locale folder may serve ({@code web/RepositoryImages}). */
	public static final Pattern IMAGE = Pattern.compile("\\.(png|jpe?g|gif|svg|webp)$", Pattern.CASE_INSENSITIVE);

	private final String upstream;

	private final BiPredicate<String, String> articleExists;

	/**
	 * @param upstream the upstream site, with {@code {locale}} where the locale goes
	 * @param articleExists whether a page is loaded, given its locale folder and its path: an article's path
	 * without extension, or a docset folder with a trailing slash for its landing page
	 */
	public LinkResolver(String upstream, BiPredicate<String, String> articleExists) {
		this.upstream = upstream;
		this.articleExists = articleExists;
	}

	/** Whether a link leaves this help center (and gets {@code rel="noopener noreferrer"}). */
	public static boolean isExternal(String href) {
		return SCHEME.matcher(href).find() || href.startsWith("//");
	}

	/**
	 * Resolves {@code href} as written in the article at {@code articlePath} of locale folder
	 * {@code sourceLocale}, for a page served under {@code pageLocale}.
	 * @return the URL, or {@code null} when the link must not be followed (a {@code javascript:} link...)
	 */
	public String resolve(String href, String sourceLocale, String articlePath, String pageLocale) {
		if (!LinkSchemes.isAllowed(href)) {
			return null;
		}
		String link = href.strip();
		if (link.isEmpty() || link.startsWith("#") || isExternal(link)) {
			return href;
		}
		Target target = Target.of(link, articlePath);
		if (target == null) {
			return link;
		}
		String rest = Urls.encodeIllegal(target.query + target.fragment);
		String page = decode(target.page);
		if (IMAGE.matcher(page).find()) {
			// Served from the article's own locale folder when it is there, and sent upstream when it is not.
			return "/" + sourceLocale + "/" + Urls.path(page) + rest;
		}
		if (this.articleExists.test(sourceLocale, page)) {
			return "/" + pageLocale + "/" + Urls.path(page) + rest;
		}
		String upstreamPage = target.page;
		if (page.equals("index") || page.endsWith("/index")) {
			String folder = page.substring(0, page.length() - "index".length());
			if (this.articleExists.test(sourceLocale, folder)) {
				return "/" + pageLocale + "/" + Urls.path(folder) + rest;
			}
			upstreamPage = target.page.substring(0, target.page.length() - "index".length());
		}
		return upstream(pageLocale) + Urls.encodeIllegal(upstreamPage) + rest;
	}

	/** The loaded article a link points to, if it points to one. */
	public Optional<String> article(String href, String sourceLocale, String articlePath) {
		String link = href.strip();
		if (link.isEmpty() || link.startsWith("#") || isExternal(link)) {
			return Optional.empty();
		}
		Target target = Target.of(link, articlePath);
		return (target != null && this.articleExists.test(sourceLocale, decode(target.page)))
				? Optional.of(decode(target.page)) : Optional.empty();
	}

	/** A relative link split into the page it names (without {@code .md}), its query and its fragment. */
	private record Target(String page, String query, String fragment) {

		static Target of(String link, String articlePath) {
			int hash = link.indexOf('#');
			String fragment = (hash < 0) ? "" : link.substring(hash);
			String rest = (hash < 0) ? link : link.substring(0, hash);
			int question = rest.indexOf('?');
			String query = (question < 0) ? "" : rest.substring(question);
			String path = (question < 0) ? rest : rest.substring(0, question);
			if (path.isEmpty()) {
				return null;
			}
			String base = path.startsWith("/") ? "" : folderOf(articlePath);
			String normalized = normalize(base.isEmpty() ? path : base + "/" + path);
			return new Target(PAGE_EXTENSION.matcher(normalized).replaceFirst(""), query, fragment);
		}

	}

	private String upstream(String pageLocale) {
		return upstreamSite(this.upstream, pageLocale);
	}

	/** The upstream site for a locale, from its setting ({@code https://learn.microsoft.com/{locale}/}). */
	public static String upstreamSite(String upstream, String locale) {
		return (upstream.endsWith("/") ? upstream : upstream + "/").replace("{locale}", locale.toLowerCase(Locale.ROOT));
	}

	private static String folderOf(String articlePath) {
		int slash = articlePath.lastIndexOf('/');
		return (slash < 0) ? "" : articlePath.substring(0, slash);
	}

	/** Resolves {@code .} and {@code ..} segments; segments that climb above the root are dropped. */
	private static String normalize(String path) {
		Deque<String> segments = new ArrayDeque<>();
		String[] parts = path.split("/", -1);
		for (int i = 0; i < parts.length; i++) {
			String part = parts[i];
			boolean last = i == parts.length - 1;
			if (part.equals("..")) {
				segments.pollLast();
			}
			else if (!part.equals(".") && (!part.isEmpty() || last)) {
				segments.addLast(part);
			}
		}
		return String.join("/", segments);
	}

	private static String decode(String path) {
		try {
			return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return path;
		}
	}

}
