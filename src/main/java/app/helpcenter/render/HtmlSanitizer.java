package app.helpcenter.render;

import java.util.regex.Pattern;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The allowlist every rendered article passes before it is stored: the structure docs articles use, the
 * attributes this renderer adds, and http, https and mailto URLs. Everything else (script, style, forms,
 * frames, event handlers, other URL schemes) is removed.
 */
public final class HtmlSanitizer {

	private static final Pattern ID = Pattern.compile("[A-Za-z0-9_\\-.:\\p{L}\\p{N}]{1,200}");

	/** The classes this renderer adds, and flexmark's code block language; nothing an author wrote. */
	private static final String CLASS = "(?:seg|seg-en|alert|alert-title|alert-(?:note|tip|important|warning|caution)"
			+ "|bi-row|bi-same|bi-translated|bi-english|next-step|checklist|op-single-selector|table-fixed"
			+ "|docfx-row|docfx-column|docfx-zone|docfx-moniker|zone-label|image-border|image-icon|image-complex"
			+ "|long-description|video-link|tab-group|tab-panel|tab-title|language-[A-Za-z0-9_+#-]{1,40})";

	private static final Pattern CLASSES = Pattern.compile(CLASS + "(?: " + CLASS + ")*");

	private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8}){0,4}");

	private static final Pattern NUMBER = Pattern.compile("[0-9]{1,4}");

	/** A tab's id, or a zone's pivots separated by commas: words the reader's script compares, never shows. */
	private static final Pattern PICKER_IDS = Pattern.compile("[\\w.-]{1,64}(?:,[\\w.-]{1,64}){0,15}");

	private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
		.allowElements("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote",
				"pre", "code", "em", "strong", "b", "i", "u", "s", "del", "ins", "sup", "sub", "kbd", "samp", "var",
				"mark", "small", "abbr", "br", "hr", "div", "span", "a", "img", "table", "caption", "colgroup",
				"col", "thead", "tbody", "tfoot", "tr", "th", "td", "figure", "figcaption", "details", "summary",
				"section")
		.allowAttributes("id")
		.matching(ID)
		.globally()
		.allowAttributes("class")
		.matching(CLASSES)
		.globally()
		.allowAttributes("lang")
		.matching(LANGUAGE_TAG)
		.globally()
		.allowAttributes("title")
		.globally()
		.allowAttributes("data-seg", "aria-describedby")
		.matching(ID)
		.onElements("span")
		.allowAttributes("hidden")
		.matching(Pattern.compile("|hidden"))
		.onElements("span")
		.allowAttributes("role")
		.matching(Pattern.compile("note"))
		.onElements("div")
		.allowAttributes("data-tab")
		.matching(PICKER_IDS)
		.onElements("section")
		.allowAttributes("data-pivot")
		.matching(PICKER_IDS)
		.onElements("div")
		.allowAttributes("href")
		.onElements("a")
		.allowAttributes("rel")
		.matching(Pattern.compile("noopener noreferrer"))
		.onElements("a")
		.allowAttributes("src", "alt")
		.onElements("img")
		.allowAttributes("loading")
		.matching(Pattern.compile("lazy"))
		.onElements("img")
		.allowAttributes("width", "height")
		.matching(NUMBER)
		.onElements("img")
		.allowAttributes("colspan", "rowspan")
		.matching(NUMBER)
		.onElements("td", "th")
		.allowAttributes("align")
		.matching(Pattern.compile("left|center|right"))
		.onElements("td", "th")
		.allowAttributes("start")
		.matching(NUMBER)
		.onElements("ol")
		.allowUrlProtocols("http", "https", "mailto")
		.toFactory();

	private HtmlSanitizer() {
	}

	public static String sanitize(String html) {
		return POLICY.sanitize(html);
	}

}
