package app.helpcenter.feedback;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How much a comment looks like a reader's words (100) rather than spam (0), without knowing who sent it: links
 * only, an e-mail address only, a single word, one character repeated, many links, or letters of no language
 * the page is in. Scores below {@link FeedbackProperties#spamThreshold} are hidden from the default view, never
 * deleted: an operator can still read them.
 */
public final class SpamScore {

	private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+");

	private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");

	private static final Pattern REPEATED = Pattern.compile("(.)\\1{7,}");

	private SpamScore() {
	}

	/**
	 * @param text the comment, or {@code null}
	 * @param pageLocale the locale of the page it was sent from ({@code zh-tw}, {@code en-us})
	 */
	public static int of(String text, String pageLocale) {
		if (text == null || text.isBlank()) {
			return 100;
		}
		String stripped = text.strip();
		long links = URL.matcher(stripped).results().count();
		String words = EMAIL.matcher(URL.matcher(stripped).replaceAll(" ")).replaceAll(" ").strip();
		if (words.isEmpty()) {
			return 0;
		}
		int score = 100;
		if (links >= 3) {
			score = Math.min(score, 10);
		}
		else if (links > 0) {
			score = Math.min(score, 60);
		}
		if (REPEATED.matcher(stripped).find()) {
			score = Math.min(score, 20);
		}
		if (isOneWord(words)) {
			score = Math.min(score, 40);
		}
		if (!inPageLanguages(words, pageLocale)) {
			score = Math.min(score, 20);
		}
		return score;
	}

	/** One Latin word, or a few characters of a language without spaces. */
	private static boolean isOneWord(String words) {
		boolean spaced = words.chars().anyMatch(Character::isWhitespace);
		long letters = words.codePoints().filter(Character::isLetter).count();
		boolean ideographic = words.codePoints().anyMatch(SpamScore::isCjk);
		return ideographic ? letters < 2 : !spaced;
	}

	/**
	 * Whether most letters are in a script of the page's languages: Latin (English, which every page has) and,
	 * for Chinese, Japanese and Korean pages, theirs.
	 */
	private static boolean inPageLanguages(String words, String pageLocale) {
		String language = pageLocale.toLowerCase(Locale.ROOT);
		boolean cjk = language.startsWith("zh") || language.startsWith("ja") || language.startsWith("ko");
		long letters = 0;
		long fitting = 0;
		for (int i = 0; i < words.length();) {
			int c = words.codePointAt(i);
			i += Character.charCount(c);
			if (!Character.isLetter(c)) {
				continue;
			}
			letters++;
			Character.UnicodeScript script = Character.UnicodeScript.of(c);
			if (script == Character.UnicodeScript.LATIN || (cjk && isCjk(c))) {
				fitting++;
			}
		}
		return letters == 0 || fitting * 2 >= letters;
	}

	private static boolean isCjk(int c) {
		Character.UnicodeScript script = Character.UnicodeScript.of(c);
		return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
				|| script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
	}

}
