package app.helpcenter.feedback;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.util.MultiValueMap;

/**
 * The fields of a feedback post, read and checked one by one so that a refusal names the field: {@code path},
 * {@code view}, {@code helpful}, {@code reason} (repeatable), {@code comment}, {@code segment},
 * {@code suggestion}, and {@code website}, a field hidden from people that only robots fill in.
 */
public final class FeedbackForm {

	/** The reasons a reader may give after "no", in the order the form shows them. */
	public static final List<String> REASONS = List.of("missing-info", "inaccurate", "hard-to-understand",
			"broken-link", "bad-translation", "other");

	public static final Set<String> VIEWS = Set.of("translated", "english", "bilingual");

	/** The longest comment or suggestion, in characters. */
	public static final int MAX_TEXT = 1000;

	private static final int MAX_PATH = 400;

	private static final int MAX_SEGMENT = 100;

	/** The honeypot: hidden from people (and from screen readers), filled in by form-filling robots. */
	public static final String HONEYPOT = "website";

	private final MultiValueMap<String, String> fields;

	private FeedbackForm(MultiValueMap<String, String> fields) {
		this.fields = fields;
	}

	public static FeedbackForm of(MultiValueMap<String, String> fields) {
		return new FeedbackForm(fields);
	}

	/** The article's path as in its URL, without the locale: {@code partner-center/unable-to-sign-in}. */
	public String path() {
		String path = single("path");
		if (path == null || path.isBlank()) {
			throw FeedbackRefused.missing("path");
		}
		String trimmed = path.strip().replaceFirst("^/+", "");
		if (trimmed.length() > MAX_PATH || trimmed.chars().anyMatch(Character::isISOControl)) {
			throw FeedbackRefused.invalid("path");
		}
		return trimmed;
	}

	/** {@code translated} (when not given), {@code english} or {@code bilingual}. */
	public String view() {
		String view = single("view");
		if (view == null || view.isEmpty()) {
			return "translated";
		}
		if (!VIEWS.contains(view)) {
			throw FeedbackRefused.invalid("view");
		}
		return view;
	}

	public boolean helpful() {
		String helpful = single("helpful");
		if (helpful == null || helpful.isEmpty()) {
			throw FeedbackRefused.missing("helpful");
		}
		return switch (helpful) {
			case "yes" -> true;
			case "no" -> false;
			default -> throw FeedbackRefused.invalid("helpful");
		};
	}

	/** The reasons chosen, each one of {@link #REASONS}. */
	public Set<String> reasons() {
		List<String> given = this.fields.getOrDefault("reason", List.of());
		Set<String> reasons = new LinkedHashSet<>();
		for (String reason : given) {
			if (!REASONS.contains(reason)) {
				throw FeedbackRefused.invalid("reason");
			}
			reasons.add(reason);
		}
		return reasons;
	}

	public String comment() {
		return text("comment");
	}

	public String segment() {
		String segment = single("segment");
		if (segment == null || segment.isBlank()) {
			throw FeedbackRefused.missing("segment");
		}
		if (segment.length() > MAX_SEGMENT) {
			throw FeedbackRefused.invalid("segment");
		}
		return segment;
	}

	/**
	 * Free text a reader wrote, at most {@link #MAX_TEXT} characters once line breaks are made {@code \n};
	 * control characters other than line breaks and tabs removed; {@code null} when empty.
	 */
	public String text(String field) {
		String text = single(field);
		if (text == null) {
			return null;
		}
		String cleaned = text.replace("\r\n", "\n")
			.codePoints()
			.filter((c) -> c == '\n' || c == '\t' || !Character.isISOControl(c))
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString()
			.strip();
		if (cleaned.codePointCount(0, cleaned.length()) > MAX_TEXT) {
			throw FeedbackRefused.tooLarge(field);
		}
		return cleaned.isEmpty() ? null : cleaned;
	}

	/** Whether the honeypot was filled in: the post is answered as if kept, and dropped. */
	public boolean isBot() {
		String honeypot = single(HONEYPOT);
		return honeypot != null && !honeypot.isEmpty();
	}

	private String single(String field) {
		List<String> values = this.fields.get(field);
		if (values == null || values.isEmpty()) {
			return null;
		}
		if (values.size() > 1) {
			throw FeedbackRefused.invalid(field);
		}
		return values.get(0);
	}

}
