package app.helpcenter.content;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Why one file was not loaded, in the {@code file:line:column: message} form editors and CI logs link to.
 * Control characters in names and messages are shown as {@code ?}, so a file name cannot forge log lines.
 *
 * @param file the file, as found under the content root
 * @param line 1-based line, 0 when unknown
 * @param column 1-based column, 0 when unknown
 * @param message what was wrong, for the author
 */
public record LoadProblem(Path file, int line, int column, String message) {

	private static final Pattern CONTROL_CHARACTERS = Pattern.compile("\\p{Cntrl}");

	@Override
	public String toString() {
		StringBuilder location = new StringBuilder(this.file.toString());
		if (this.line > 0) {
			location.append(':').append(this.line);
			if (this.column > 0) {
				location.append(':').append(this.column);
			}
		}
		return CONTROL_CHARACTERS.matcher(location + ": " + this.message).replaceAll("?");
	}

}
