package app.helpcenter.render;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Percent-encoding for every URL a page or a {@code Location} header carries, so that each is a valid URI:
 * Tomcat drops a {@code Location} header that is not ASCII, and a raw space ends it.
 */
public final class Urls {

	private static final char[] HEX = "0123456789ABCDEF".toCharArray();

	/** What may stand unencoded in a path: RFC 3986's unreserved characters, sub-delimiters, ':', '@' and '/'. */
	private static final String PATH_CHARACTERS = "-._~!$&'()*+,;=:@/";

	/** What may stand unencoded in a URI after its authority (with '%' when it starts an escape). */
	private static final String URI_CHARACTERS = "-._~:/?#@!$&'()*+,;=";

	/** Brackets may stand in an authority only, around an IPv6 address. */
	private static final String AUTHORITY_CHARACTERS = URI_CHARACTERS + "[]";

	private static final Pattern SCHEME_AND_AUTHORITY = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/?#]*");

	private Urls() {
	}

	/**
	 * A path of plain text ({@code docs/登入}, {@code docs/with space}) as a URL path: each character that a
	 * path cannot hold, {@code %} included, becomes its UTF-8 bytes percent-encoded; slashes stay.
	 */
	public static String path(String text) {
		return encode(text, PATH_CHARACTERS, false);
	}

	/**
	 * A URL as an author wrote it (an absolute link, a redirect target): the characters a URI cannot hold are
	 * percent-encoded, and escapes already in it are kept as they are.
	 */
	public static String encodeIllegal(String url) {
		Matcher authority = SCHEME_AND_AUTHORITY.matcher(url);
		int end = authority.find() ? authority.end() : 0;
		return encode(url.substring(0, end), AUTHORITY_CHARACTERS, true) + encode(url.substring(end), URI_CHARACTERS, true);
	}

	private static String encode(String text, String allowed, boolean keepEscapes) {
		if (isEncoded(text, allowed, keepEscapes)) {
			return text;
		}
		StringBuilder encoded = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (isAllowed(c, allowed) || (keepEscapes && isEscape(text, i))) {
				encoded.append(c);
				continue;
			}
			int end = Character.isSurrogatePair(c, (i + 1 < text.length()) ? text.charAt(i + 1) : 0) ? i + 2 : i + 1;
			for (byte b : text.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
				encoded.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
			}
			i = end - 1;
		}
		return encoded.toString();
	}

	private static boolean isEncoded(String text, String allowed, boolean keepEscapes) {
		for (int i = 0; i < text.length(); i++) {
			if (!isAllowed(text.charAt(i), allowed) && !(keepEscapes && isEscape(text, i))) {
				return false;
			}
		}
		return true;
	}

	private static boolean isAllowed(char c, String allowed) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || allowed.indexOf(c) >= 0;
	}

	private static boolean isEscape(String text, int i) {
		return text.charAt(i) == '%' && i + 2 < text.length() && isHex(text.charAt(i + 1)) && isHex(text.charAt(i + 2));
	}

	private static boolean isHex(char c) {
		return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
	}

}
