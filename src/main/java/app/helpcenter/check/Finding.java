package app.helpcenter.check;

import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One problem in a content tree, printed as {@code file:line:column: severity: [segment] message}.
 *
 * @param file the file below the content root
 * @param line 1-based line, 0 when unknown
 * @param column 1-based column, 0 when unknown
 * @param segment the segment id, empty when the finding is not about one segment
 * @param severity how bad it is
 * @param message what is wrong
 */
public record Finding(Path file, int line, int column, String segment, Severity severity, String message) {

	private static final Pattern CONTROL_CHARACTERS = Pattern.compile("\\p{Cntrl}");

	/** Errors make the check fail; warnings are reported only. */
	public enum Severity {

		ERROR, WARNING

	}

	/** {@code file:line:column}, as far as they are known, as editors and CI logs link to. */
	public String location() {
		String location = this.file.toString().replace('\\', '/') + ((this.line > 0) ? ":" + this.line : "")
				+ ((this.line > 0 && this.column > 0) ? ":" + this.column : "");
		return CONTROL_CHARACTERS.matcher(location).replaceAll("?");
	}

	@Override
	public String toString() {
		String id = this.segment.isEmpty() ? "" : "[" + this.segment + "] ";
		return location() + ": " + CONTROL_CHARACTERS
			.matcher(this.severity.name().toLowerCase(Locale.ROOT) + ": " + id + this.message)
			.replaceAll("?");
	}

}
