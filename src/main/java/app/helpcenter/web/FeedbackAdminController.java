package app.helpcenter.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.view.RedirectView;

import app.helpcenter.feedback.ArticleVersions;
import app.helpcenter.feedback.FeedbackCsv;
import app.helpcenter.feedback.FeedbackForm;
import app.helpcenter.feedback.FeedbackProperties;
import app.helpcenter.feedback.FeedbackStore;
import app.helpcenter.feedback.SegmentReport;
import app.helpcenter.feedback.TranslationReportsXliff;
import app.helpcenter.render.SiteLocales;
import app.helpcenter.site.SiteSnapshot;

/**
 * The authors' and translators' side of feedback, behind the operator's login ({@link AdminSecurity}): votes per
 * article and locale with their reasons, the same article compared across locales, comments (newest first, those
 * scored as spam hidden unless asked for), searches that found nothing, translation reports grouped by sentence
 * with their status, and the exports (CSV of votes, XLIFF 2.0 of open reports). Comments are shown escaped, as
 * text, like everything a reader sent.
 */
@Controller
class FeedbackAdminController {

	private static final int DEFAULT_DAYS = 30;

	private static final int COMMENTS_SHOWN = 200;

	private static final int SEARCHES_SHOWN = 100;

	private final FeedbackStore store;

	private final FeedbackProperties properties;

	private final AdminProperties admin;

	private final Assets assets;

	private final Clock clock = Clock.systemUTC();

	FeedbackAdminController(FeedbackStore store, FeedbackProperties properties, AdminProperties admin, Assets assets) {
		this.store = store;
		this.properties = properties;
		this.admin = admin;
		this.assets = assets;
	}

	@GetMapping("/admin/login")
	ModelAndView login() {
		return this.admin.enabled() ? page("admin/login") : off();
	}

	@GetMapping("/admin/feedback")
	ModelAndView feedback(SiteSnapshot site, @RequestParam Map<String, String> query) {
		if (!this.admin.enabled()) {
			return off();
		}
		Filters filters = filters(query);
		FeedbackStore.Filter filter = filters.filter();
		List<FeedbackStore.ArticleTally> tallies = this.store.tallies(filter);
		boolean showSpam = "shown".equals(query.get("spam"));
		ModelAndView page = page("admin/feedback");
		page.addObject("filters", filters);
		page.addObject("locales", site.locales());
		page.addObject("docsets", site.articles().stream().map((article) -> docset(article.path())).distinct().sorted().toList());
		page.addObject("reasons", FeedbackForm.REASONS);
		page.addObject("tallies", tallies);
		page.addObject("comparison", comparison(tallies));
		page.addObject("comparedLocales", new TreeSet<>(tallies.stream().map(FeedbackStore.ArticleTally::locale).toList()));
		page.addObject("comments", this.store.comments(filter, showSpam ? 0 : this.properties.spamThreshold(),
				COMMENTS_SHOWN));
		page.addObject("showSpam", showSpam);
		page.addObject("spamThreshold", this.properties.spamThreshold());
		page.addObject("searches", this.store.failedSearches(SEARCHES_SHOWN));
		return page;
	}

	@GetMapping("/admin/feedback.csv")
	void csv(@RequestParam Map<String, String> query, HttpServletResponse response) throws IOException {
		if (!this.admin.enabled()) {
			response.sendError(HttpStatus.NOT_FOUND.value());
			return;
		}
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"feedback.csv\"");
		response.setHeader("Cache-Control", "no-store");
		Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		FeedbackCsv csv = new FeedbackCsv(out, this.properties.spamThreshold());
		this.store.eachVote(filters(query).filter(), csv::add);
		out.flush();
	}

	@GetMapping("/admin/reports")
	ModelAndView reports(SiteSnapshot site, @RequestParam(name = "status", required = false) String status) {
		if (!this.admin.enabled()) {
			return off();
		}
		boolean all = "all".equals(status);
		List<ReportedSentence> sentences = reportedSentences(site).stream()
			.filter((sentence) -> all || sentence.openReports() > 0)
			.toList();
		ModelAndView page = page("admin/reports");
		page.addObject("sentences", sentences);
		page.addObject("all", all);
		page.addObject("statuses", SegmentReport.Status.values());
		page.addObject("xliffLocales", new TreeSet<>(sentences.stream()
			.filter((sentence) -> sentence.openReports() > 0)
			.map(ReportedSentence::locale)
			.toList()));
		return page;
	}

	@PostMapping("/admin/reports/{id}/status")
	ModelAndView setStatus(@PathVariable long id, @RequestParam String status) {
		if (!this.admin.enabled()) {
			return off();
		}
		SegmentReport.Status chosen;
		try {
			chosen = SegmentReport.Status.valueOf(status.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "status must be open, accepted or dismissed");
		}
		if (!this.store.setStatus(id, chosen)) {
			throw new ArticleNotFoundException();
		}
		RedirectView back = new RedirectView("/admin/reports#report-" + id, true);
		back.setStatusCode(HttpStatus.SEE_OTHER);
		return new ModelAndView(back);
	}

	@GetMapping("/admin/translation-reports.xlf")
	void xliff(SiteSnapshot site, @RequestParam(name = "locale", required = false) String locale,
			HttpServletResponse response) throws IOException {
		if (!this.admin.enabled()) {
			response.sendError(HttpStatus.NOT_FOUND.value());
			return;
		}
		List<ReportedSentence> open = reportedSentences(site).stream()
			.filter((sentence) -> sentence.openReports() > 0)
			.toList();
		String target = Optional.ofNullable(locale)
			.map((value) -> value.toLowerCase(Locale.ROOT))
			.or(() -> open.stream().map(ReportedSentence::locale).findFirst())
			.orElse(site.locales().get(0));
		List<TranslationReportsXliff.Sentence> units = open.stream()
			.filter((sentence) -> sentence.locale().equals(target))
			.map((sentence) -> new TranslationReportsXliff.Sentence(sentence.locale(), sentence.path(),
					sentence.segment(), sentence.currentSource(), sentence.currentTranslation(),
					sentence.reports().stream()
						.filter((report) -> report.status() == SegmentReport.Status.OPEN)
						.toList()))
			.toList();
		response.setContentType("application/xliff+xml;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"translation-reports-" + target + ".xlf\"");
		response.setHeader("Cache-Control", "no-store");
		Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		TranslationReportsXliff.write(out, "en-US", SiteLocales.languageTag(target), units);
		out.flush();
	}

	/**
	 * The reports grouped by sentence, each group with the sentence as it is now in the served article; a report
	 * made on other text than the current one is stale.
	 */
	private List<ReportedSentence> reportedSentences(SiteSnapshot site) {
		Map<String, List<FeedbackStore.StoredReport>> groups = new LinkedHashMap<>();
		for (FeedbackStore.StoredReport stored : this.store.reports()) {
			SegmentReport report = stored.report();
			groups.computeIfAbsent(report.locale() + "\u0000" + report.path() + "\u0000" + report.segment(),
					(key) -> new ArrayList<>())
				.add(stored);
		}
		List<ReportedSentence> sentences = new ArrayList<>();
		for (List<FeedbackStore.StoredReport> reports : groups.values()) {
			SegmentReport first = reports.get(0).report();
			Optional<ArticleVersions.Sentence> now = site.article(first.locale(), first.path())
				.flatMap((article) -> ArticleVersions.sentence(article, first.segment()));
			sentences.add(new ReportedSentence(first.locale(), first.path(), first.segment(),
					now.map(ArticleVersions.Sentence::sourceText).orElse(first.sourceText()),
					now.map(ArticleVersions.Sentence::translatedText).orElse(first.translatedText()),
					now.map(ArticleVersions.Sentence::hash).orElse(null), now.isEmpty(), reports));
		}
		return sentences;
	}

	/**
	 * One reported sentence and its reports, newest first.
	 * @param currentHash the hash of the sentence now, {@code null} when the article no longer has it
	 * @param removed whether the article (or the sentence in it) is gone
	 */
	record ReportedSentence(String locale, String path, String segment, String currentSource,
			String currentTranslation, String currentHash, boolean removed, List<FeedbackStore.StoredReport> reports) {

		public long openReports() {
			return this.reports.stream().filter((report) -> report.status() == SegmentReport.Status.OPEN).count();
		}

		/** Whether a report was made on other text than the sentence's current one. */
		public boolean isStale(FeedbackStore.StoredReport report) {
			return this.removed || !report.report().sentenceHash().equals(this.currentHash);
		}

		public String url() {
			return "/" + this.locale + "/" + this.path;
		}

		public String languageTag() {
			return SiteLocales.languageTag(this.locale);
		}

	}

	/** Per article path, its tally in each locale that has votes. */
	private static Map<String, Map<String, FeedbackStore.ArticleTally>> comparison(
			List<FeedbackStore.ArticleTally> tallies) {
		Map<String, Map<String, FeedbackStore.ArticleTally>> byPath = new TreeMap<>();
		for (FeedbackStore.ArticleTally tally : tallies) {
			byPath.computeIfAbsent(tally.path(), (path) -> new TreeMap<>()).put(tally.locale(), tally);
		}
		return byPath;
	}

	/**
	 * The filters of the feedback page and export, from its query: {@code from} and {@code to} (dates, UTC, both
	 * included; the last 30 days by default), {@code locale} and {@code docset} (all when empty).
	 */
	private Filters filters(Map<String, String> query) {
		LocalDate today = LocalDate.now(this.clock);
		LocalDate to = date(query.get("to")).orElse(today);
		LocalDate from = date(query.get("from")).orElse(to.minusDays(DEFAULT_DAYS - 1));
		return new Filters(from, to, query.getOrDefault("locale", "").toLowerCase(Locale.ROOT),
				query.getOrDefault("docset", ""));
	}

	record Filters(LocalDate from, LocalDate to, String locale, String docset) {

		FeedbackStore.Filter filter() {
			return new FeedbackStore.Filter(this.from.atStartOfDay(ZoneOffset.UTC).toInstant(),
					this.to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(), this.locale, this.docset);
		}

	}

	private static Optional<LocalDate> date(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.of(LocalDate.parse(text.strip()));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

	private static String docset(String path) {
		int slash = path.indexOf('/');
		return (slash < 0) ? "" : path.substring(0, slash);
	}

	private ModelAndView page(String template) {
		ModelAndView page = new ModelAndView(template);
		page.addObject("assets", this.assets);
		return page;
	}

	/** The admin pages without an operator account: they say how to turn them on. */
	private ModelAndView off() {
		ModelAndView page = page("admin/off");
		page.setStatus(HttpStatus.NOT_FOUND);
		return page;
	}

}
