package app.helpcenter.web;

import java.text.MessageFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

import app.helpcenter.content.Article;
import app.helpcenter.feedback.ArticleVersions;
import app.helpcenter.feedback.FeedbackForm;
import app.helpcenter.feedback.FeedbackMetrics;
import app.helpcenter.feedback.FeedbackProperties;
import app.helpcenter.feedback.FeedbackRefused;
import app.helpcenter.feedback.FeedbackStore;
import app.helpcenter.feedback.SegmentReport;
import app.helpcenter.feedback.SpamScore;
import app.helpcenter.feedback.Vote;
import app.helpcenter.render.Page;
import app.helpcenter.render.SiteLocales;
import app.helpcenter.site.SiteSnapshot;
import tools.jackson.databind.json.JsonMapper;

/**
 * What readers send: {@code POST /{locale}/feedback} ("Was this article helpful?") and
 * {@code POST /{locale}/feedback/segment} (a translation problem in one sentence), and the page of the report
 * form. A script asking for JSON gets 201 and a small JSON body; a browser's plain form post gets a 303 back to
 * the article, whose thank-you shows by its fragment, so article pages stay the same bytes for everyone.
 * Refusals name the field: 400 invalid, 404 no such article or sentence, 413 too long, 429 too many comments on
 * one article, 403 sent from another site; a client over its own limit was answered 429 by
 * {@link FeedbackLimitValve} already.
 */
@Controller
class FeedbackController {

	private static final String LOCALE = "/{locale:[a-zA-Z]{2,3}-[a-zA-Z0-9]{2,8}}";

	private static final Duration COMMENT_WINDOW = Duration.ofHours(1);

	/** A form of two 1,000-character texts, percent-encoded (up to 9 bytes a character), and the rest. */
	private static final long MAX_BODY = 20 * 1024;

	private final FeedbackStore store;

	private final FeedbackProperties properties;

	private final MessageSource messages;

	private final JsonMapper json;

	private final Assets assets;

	private final FeedbackMetrics metrics;

	private final Clock clock;

	FeedbackController(FeedbackStore store, FeedbackProperties properties, MessageSource messages, JsonMapper json,
			Assets assets, FeedbackMetrics metrics) {
		this.store = store;
		this.metrics = metrics;
		this.properties = properties;
		this.messages = messages;
		this.json = json;
		this.assets = assets;
		this.clock = Clock.systemUTC();
	}

	@PostMapping(LOCALE + "/feedback")
	ModelAndView vote(SiteSnapshot site, @PathVariable String locale, HttpServletRequest request,
			@RequestParam MultiValueMap<String, String> fields) {
		FeedbackForm form = FeedbackForm.of(fields);
		String served = admit(site, locale, request);
		String path = form.path();
		Page page = site.find(served, path).orElseThrow(() -> FeedbackRefused.notFound("path"));
		String view = form.view();
		boolean helpful = form.helpful();
		Set<String> reasons = form.reasons();
		String comment = form.comment();
		Article article = site.article(served, path).orElseThrow(() -> FeedbackRefused.notFound("path"));
		if (!form.isBot()) {
			limitComments(served, path, comment);
			this.store.add(new Vote(served, path, ArticleVersions.version(article), view, helpful, reasons, comment,
					SpamScore.of(comment, served), this.clock.instant()));
		}
		this.metrics.received(form.isBot() ? "robot" : "vote");
		Page readIn = "bilingual".equals(view) ? site.findBilingual(served, path).orElse(page) : page;
		return received(request, readIn.url() + "#feedback-thanks");
	}

	@PostMapping(LOCALE + "/feedback/segment")
	ModelAndView report(SiteSnapshot site, @PathVariable String locale, HttpServletRequest request,
			@RequestParam MultiValueMap<String, String> fields) {
		FeedbackForm form = FeedbackForm.of(fields);
		String served = admit(site, locale, request);
		String path = form.path();
		String segment = form.segment();
		String suggestion = form.text("suggestion");
		String comment = form.comment();
		Page page = site.find(served, path).orElseThrow(() -> FeedbackRefused.notFound("path"));
		ArticleVersions.Sentence sentence = site.article(served, path)
			.flatMap((article) -> ArticleVersions.sentence(article, segment))
			.orElseThrow(() -> FeedbackRefused.notFound("segment"));
		if (!form.isBot()) {
			limitComments(served, path, (suggestion != null) ? suggestion : comment);
			this.store.add(new SegmentReport(served, path, segment, sentence.hash(), sentence.sourceText(),
					sentence.translatedText(), suggestion, comment,
					Math.min(SpamScore.of(suggestion, served), SpamScore.of(comment, served)), this.clock.instant()));
		}
		this.metrics.received(form.isBot() ? "robot" : "report");
		return received(request, page.url() + "#report-thanks");
	}

	/** The report form of one or more sentences (a side-by-side row may hold several), for any browser. */
	@GetMapping(LOCALE + "/feedback/segment")
	ModelAndView reportForm(SiteSnapshot site, @PathVariable String locale,
			@RequestParam(name = "path", required = false) String path,
			@RequestParam(name = "segment", required = false) List<String> segments) {
		String served = locale.toLowerCase(Locale.ROOT);
		if (!site.isLocale(served) || path == null || segments == null || segments.isEmpty() || segments.size() > 50) {
			throw new ArticleNotFoundException();
		}
		Page page = site.find(served, path).orElseThrow(ArticleNotFoundException::new);
		Article article = site.article(served, path).orElseThrow(ArticleNotFoundException::new);
		List<ArticleVersions.Sentence> sentences = segments.stream()
			.distinct()
			.map((segment) -> ArticleVersions.sentence(article, segment).orElse(null))
			.filter((sentence) -> sentence != null)
			.toList();
		if (sentences.isEmpty()) {
			throw new ArticleNotFoundException();
		}
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("page", page);
		model.put("sentences", sentences);
		model.put("assets", this.assets);
		ModelAndView form = new ModelAndView("feedback/segment", model);
		form.addObject("lang", SiteLocales.languageTag(served));
		return form;
	}

	/**
	 * The checks every post passes before its fields are looked at: a locale served here, sent from this site,
	 * not too large. (The client's token bucket was taken before Spring, by {@link FeedbackLimitValve}.)
	 */
	private String admit(SiteSnapshot site, String locale, HttpServletRequest request) {
		String served = locale.toLowerCase(Locale.ROOT);
		if (!site.isLocale(served)) {
			throw FeedbackRefused.notFound("locale");
		}
		if (CrossSitePosts.isCrossSite(request)) {
			throw FeedbackRefused.crossSite();
		}
		if (request.getContentLengthLong() > MAX_BODY) {
			throw FeedbackRefused.tooLarge(null);
		}
		return served;
	}

	/** Comments and reports with text on one article, all readers together, are capped per hour. */
	private void limitComments(String locale, String path, String text) {
		if (text != null && this.store.commentsSince(locale, path,
				this.clock.instant().minus(COMMENT_WINDOW)) >= this.properties.commentsPerArticlePerHour()) {
			throw FeedbackRefused.tooMany(Duration.ofMinutes(10).toSeconds());
		}
	}

	private ModelAndView received(HttpServletRequest request, String articleUrl) {
		if (wantsJson(request)) {
			return jsonView(HttpStatus.CREATED, Map.of("status", "received"), null);
		}
		RedirectView back = new RedirectView(articleUrl, true);
		back.setStatusCode(HttpStatus.SEE_OTHER);
		return new ModelAndView(back);
	}

	@ExceptionHandler(FeedbackRefused.class)
	ModelAndView refused(FeedbackRefused refused, HttpServletRequest request, HttpServletResponse response) {
		this.metrics.refused(refused.reason());
		String served = localeOf(request);
		Locale language = SiteLocales.locale(served);
		// Spring formats with one MessageFormat per message and locks it; under a burst of refusals (429s) the
		// threads queued on that lock (bench/feedback.sh). A MessageFormat of its own per answer has no lock.
		String pattern = this.messages.getMessage("refused." + refused.reason(), null, language);
		String message = new MessageFormat(pattern, language)
			.format(new Object[] { refused.field(), refused.retryAfterSeconds() });
		if (wantsJson(request)) {
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("error", refused.reason());
			if (refused.field() != null) {
				body.put("field", refused.field());
			}
			body.put("message", message);
			return jsonView(refused.status(), body, refused.retryAfterSeconds());
		}
		if (refused.retryAfterSeconds() != null) {
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(refused.retryAfterSeconds()));
		}
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		ModelAndView page = new ModelAndView("feedback/refused");
		page.setStatus(refused.status());
		page.addObject("message", message);
		page.addObject("home", "/" + served + "/");
		page.addObject("lang", SiteLocales.languageTag(served));
		page.addObject("assets", this.assets);
		page.addObject("retryAfter", refused.retryAfterSeconds());
		return page;
	}

	private ModelAndView jsonView(HttpStatus status, Map<String, Object> body, Long retryAfter) {
		byte[] bytes = this.json.writeValueAsBytes(body);
		ModelAndView view = new ModelAndView((model, request, response) -> {
			response.setStatus(status.value());
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
			if (retryAfter != null) {
				response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
			}
			response.getOutputStream().write(bytes);
		});
		view.setStatus(status);
		return view;
	}

	/** The locale of the URL a post went to ({@code /zh-tw/feedback}), lower case. */
	private static String localeOf(HttpServletRequest request) {
		String uri = request.getRequestURI();
		int end = uri.indexOf('/', 1);
		return ((end > 0) ? uri.substring(1, end) : "").toLowerCase(Locale.ROOT);
	}

	private static boolean wantsJson(HttpServletRequest request) {
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		return accept != null && accept.contains(MediaType.APPLICATION_JSON_VALUE);
	}

}
