package app.helpcenter.content;

import java.nio.file.Path;

/**
 * Why one file was not loaded, in the {@code file:line:column: message} form editors and CI logs link to.
 *
 * @param file the file, as found under the content root
 * @param line 1-based line, 0 when unknown
 * @param column 1-based column, 0 when unknown
 * @param message what was wrong, for the author
 */
public record LoadProblem(Path file, int line, int column, String message) {

	@Override
	public String toString() {
		StringBuilder location = new StringBuilder(this.file.toString());
		if (this.line > 0) {
			location.append(':').append(this.line);
			if (this.column > 0) {
				location.append(':').append(this.column);
			}
		}
		return location + ": " + this.message;
	}

}
