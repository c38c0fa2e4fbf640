package app.helpcenter.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;

/**
 * Sentence boundaries as search passages need them, found by looking at the characters next to a place only: after
 * a Chinese full stop, question or exclamation mark (and their full-width forms), and after {@code .}, {@code ?} or
 * {@code !} followed by a space. The JDK's sentence iterator finds the same boundaries in these texts, but walks its
 * rules back from far before the place for every passage, which made it a fifth of a search.
 */
final class SentenceBreaks extends BreakIterator {

	private String text = "";

	private int current;

	@Override
	public int first() {
		this.current = 0;
		return this.current;
	}

	@Override
	public int last() {
		this.current = this.text.length();
		return this.current;
	}

	@Override
	public int next(int n) {
		int result = this.current;
		for (int i = 0; i < n && result != DONE; i++) {
			result = next();
		}
		for (int i = 0; i > n && result != DONE; i--) {
			result = previous();
		}
		return result;
	}

	@Override
	public int next() {
		return (this.current >= this.text.length()) ? DONE : following(this.current);
	}

	@Override
	public int previous() {
		return (this.current <= 0) ? DONE : preceding(this.current);
	}

	@Override
	public int following(int offset) {
		checkOffset(offset);
		int at = offset + 1;
		while (at < this.text.length() && !isBoundary(at)) {
			at++;
		}
		this.current = Math.min(at, this.text.length());
		return (offset >= this.text.length()) ? DONE : this.current;
	}

	@Override
	public int preceding(int offset) {
		checkOffset(offset);
		int at = offset - 1;
		while (at > 0 && !isBoundary(at)) {
			at--;
		}
		this.current = Math.max(at, 0);
		return (offset <= 0) ? DONE : this.current;
	}

	@Override
	public boolean isBoundary(int offset) {
		if (offset <= 0 || offset >= this.text.length()) {
			return offset == 0 || offset == this.text.length();
		}
		char before = this.text.charAt(offset - 1);
		return switch (before) {
			case '。', '！', '？' -> true;
			case '.', '!', '?' -> Character.isWhitespace(this.text.charAt(offset));
			default -> false;
		};
	}

	@Override
	public int current() {
		return this.current;
	}

	@Override
	public CharacterIterator getText() {
		return new StringCharacterIterator(this.text);
	}

	@Override
	public void setText(String text) {
		this.text = text;
		this.current = 0;
	}

	@Override
	public void setText(CharacterIterator text) {
		StringBuilder chars = new StringBuilder(text.getEndIndex() - text.getBeginIndex());
		for (char c = text.first(); c != CharacterIterator.DONE; c = text.next()) {
			chars.append(c);
		}
		setText(chars.toString());
	}

	private void checkOffset(int offset) {
		if (offset < 0 || offset > this.text.length()) {
			throw new IllegalArgumentException("Offset " + offset + " is outside the text (0 to " + this.text.length() + ")");
		}
	}

}
