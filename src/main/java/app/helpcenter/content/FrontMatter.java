package app.helpcenter.content;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The YAML header of an article. Every value is text (a list keeps its items); keys are matched
 * case-insensitively because docs repositories use both {@code keywords:} and {@code Keywords:}.
 *
 * @param fields values by lower-case key
 */
public record FrontMatter(Map<String, List<String>> fields) {

	public static final FrontMatter EMPTY = new FrontMatter(Map.of());

	private static final Pattern KEYWORD_SEPARATOR = Pattern.compile("[,，]");

	private static final List<DateTimeFormatter> DATE_FORMATS = List.of(DateTimeFormatter.ofPattern("M/d/uuuu"),
			DateTimeFormatter.ISO_LOCAL_DATE);

	private static final List<String> MACHINE_TRANSLATION_TYPES = List.of("mt", "mte", "mte75", "mte95");

	public FrontMatter {
		fields = Map.copyOf(fields);
	}

	public Optional<String> value(String key) {
		return values(key).stream().filter((value) -> !value.isBlank()).map(String::strip).findFirst();
	}

	public List<String> values(String key) {
		return this.fields.getOrDefault(key.toLowerCase(Locale.ROOT), List.of());
	}

	public Optional<String> title() {
		return value("title");
	}

	public Optional<String> description() {
		return value("description");
	}

	public Optional<String> author() {
		return value("author");
	}

	/** The article's id for cross references ({@code <xref:uid>}). */
	public Optional<String> uid() {
		return value("uid");
	}

	/**
	 * Keywords, whether written as a YAML list or as one line separated by ASCII or full-width commas.
	 */
	public List<String> keywords() {
		return values("keywords").stream()
			.flatMap(KEYWORD_SEPARATOR::splitAsStream)
			.map(String::strip)
			.filter((keyword) -> !keyword.isEmpty())
			.toList();
	}

	/**
	 * The {@code ms.date} value; docs repositories write it as {@code MM/dd/yyyy}, some as ISO dates.
	 */
	public Optional<LocalDate> date() {
		return value("ms.date").flatMap(FrontMatter::parseDate);
	}

	public boolean machineTranslated() {
		return value("ms.translationtype").map((type) -> MACHINE_TRANSLATION_TYPES.contains(type.toLowerCase(Locale.ROOT)))
			.orElse(false);
	}

	/** Whether {@code robots} asks search engines not to index the article. */
	public boolean noindex() {
		return values("robots").stream().anyMatch((value) -> value.toLowerCase(Locale.ROOT).contains("noindex"));
	}

	private static Optional<LocalDate> parseDate(String text) {
		for (DateTimeFormatter format : DATE_FORMATS) {
			try {
				return Optional.of(LocalDate.parse(text, format));
			}
			catch (DateTimeParseException ex) {
				// try the next format
			}
		}
		return Optional.empty();
	}

}
