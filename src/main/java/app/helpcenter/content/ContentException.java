package app.helpcenter.content;

/**
 * A file that cannot be turned into an article. Line and column are 1-based, 0 when unknown.
 */
class ContentException extends Exception {

	private final int line;

	private final int column;

	ContentException(String message, int line, int column) {
		super(message);
		this.line = line;
		this.column = column;
	}

	int line() {
		return this.line;
	}

	int column() {
		return this.column;
	}

}
