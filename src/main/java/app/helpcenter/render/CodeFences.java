package app.helpcenter.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which lines of Markdown are fenced code ({@code ```} or {@code ~~~}, as CommonMark closes them: the same
 * character, at least as many), where extensions and links are shown as written, not read. One reading for the
 * renderer's extensions and the content check.
 */
public final class CodeFences {

	private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");

	private CodeFences() {
	}

	/** For each line, whether it is a fence or inside a fenced block. */
	public static boolean[] of(String[] lines) {
		boolean[] fenced = new boolean[lines.length];
		String open = null;
		for (int i = 0; i < lines.length; i++) {
			Matcher fence = FENCE.matcher(lines[i]);
			if (fence.find()) {
				String marker = fence.group(1);
				if (open == null) {
					open = marker;
				}
				else if (marker.charAt(0) == open.charAt(0) && marker.length() >= open.length()
						&& lines[i].substring(fence.end()).isBlank()) {
					open = null;
				}
				fenced[i] = true;
				continue;
			}
			fenced[i] = open != null;
		}
		return fenced;
	}

}
