package app.helpcenter.render;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns the HTML flexmark made of a bilingual article into one view of it: each segment (a
 * {@code span[data-ttu-id]} followed by {@code span.sxs-lookup > span[data-stu-id]}) shows the text of the
 * view, headings get their stable anchors, DocFX alerts become labelled callouts and links are resolved.
 */
public final class ArticleHtml {

	/**
	 * {@code [!NOTE]} and the markers translators wrote instead: Chinese (注意, 提示, 重要, 警告, 小心), Japanese (メモ,
	 * ヒント) and Korean (참고, 팁, 중요, 경고, 주의). Japanese 注意 means caution, not note, so it is not guessed at.
	 */
	private static final Pattern ALERT_MARKER = Pattern.compile(
			"\\s*\\[!\\s*(NOTE|TIP|IMPORTANT|WARNING|CAUTION|注意|提示|重要|警告|小心|メモ|ヒント|참고|팁|중요|경고|주의)\\s*]\\s*",
			Pattern.CASE_INSENSITIVE);

	/** The classes of DocFX's {@code [!div class="..."]} variants, as this site's stylesheet names them. */
	private static final Map<String, String> DIV_CLASSES = Map.of("nextstepaction", "next-step", "checklist",
			"checklist", "op_single_selector", "op-single-selector", "mx-tablefixed", "table-fixed");

	/** DocFX's {@code > [!div class="nextstepaction"]}: the quoted block is a division, not a quote. */
	private static final Pattern DIV_MARKER = Pattern.compile("\\s*\\[!div\\s+class=\"([^\"]*)\"\\s*]\\s*",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern LAZY_CALLOUT = Pattern.compile("(?m)^[ \\t]*>[ \\t]*\\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)]",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern QUOTE_PREFIX = Pattern.compile("(?m)^[ \\t]*>[ \\t]?");

	/** {@code @uid} where a word starts: after the start of the text, a space or an opening bracket. */
	private static final Pattern AT_REFERENCE = Pattern.compile("(?<![\\p{L}\\p{N}_.@/-])@([A-Za-z_][A-Za-z0-9_.`#-]*[A-Za-z0-9_])");

	private static final Pattern NON_SLUG = Pattern.compile("[^\\p{L}\\p{N}]+");

	private static final int SUMMARY_LENGTH = 160;

	private static final String ORIGINAL_ID_PREFIX = "en-";

	/** Which text each segment shows. */
	private enum Text {

		/** The translation, with the English original hidden beside it for the reader to reveal. */
		TRANSLATION_WITH_ORIGINAL,

		/** The translation alone. */
		TRANSLATION,

		/** The English original. */
		ORIGINAL

	}

	private ArticleHtml() {
	}

	/**
	 * @param html flexmark's output for the article body
	 * @param view which text of each segment to show
	 * @param links resolves each {@code href} and {@code src} as written to the URL the page uses
	 * @param alertLabels the label of each alert type ({@code note}, {@code tip}, ...) in the page's language
	 */
	public static RenderedView render(String html, ArticleView view, UnaryOperator<String> links,
			Map<String, String> alertLabels) {
		return render(html, (view == ArticleView.ENGLISH) ? Text.ORIGINAL : Text.TRANSLATION_WITH_ORIGINAL, links,
				alertLabels);
	}

	/** The translated text alone, without the English originals: the left column of the side-by-side view. */
	public static RenderedView renderTranslation(String html, UnaryOperator<String> links,
			Map<String, String> alertLabels) {
		return render(html, Text.TRANSLATION, links, alertLabels);
	}

	/**
	 * The side-by-side view: every top-level block (paragraph, heading, list, table, callout) of the
	 * translation-only view becomes a row with the same block of the English view beside it. Blocks without
	 * text to translate (code, images) span both columns. When both views are sanitized, so is the result,
	 * which only wraps their blocks.
	 * @param translated the article from {@link #renderTranslation}
	 * @param english the article in {@link ArticleView#ENGLISH}
	 */
	public static RenderedView pair(RenderedView translated, RenderedView english) {
		return new RenderedView(pair(translated.headingHtml(), english.headingHtml()), translated.headingText(),
				pair(translated.bodyHtml(), english.bodyHtml()), translated.summary(), translated.outline());
	}

	private static String pair(String translatedHtml, String englishHtml) {
		List<Element> translatedBlocks = Jsoup.parseBodyFragment(translatedHtml).body().children();
		List<Element> englishBlocks = Jsoup.parseBodyFragment(englishHtml).body().children();
		Document rows = Jsoup.parseBodyFragment("");
		rows.outputSettings().prettyPrint(false);
		for (int i = 0; i < translatedBlocks.size(); i++) {
			Element translated = translatedBlocks.get(i);
			Element english = (i < englishBlocks.size()) ? englishBlocks.get(i) : null;
			Element row = rows.body().appendElement("div").addClass("bi-row");
			if (english == null || english.outerHtml().equals(translated.outerHtml())) {
				row.addClass("bi-same").appendChild(translated);
				continue;
			}
			english.select("[id]").forEach((element) -> element.removeAttr("id"));
			row.appendElement("div").addClass("bi-translated").appendChild(translated);
			row.appendElement("div").addClass("bi-english").attr("lang", "en").appendChild(english);
		}
		return rows.body().html();
	}

	private static RenderedView render(String html, Text text, UnaryOperator<String> links,
			Map<String, String> alertLabels) {
		Document document = Jsoup.parseBodyFragment(html);
		document.outputSettings().prettyPrint(false);
		Element body = document.body();
		anchorHeadings(body);
		showSegments(body, text);
		makeCallouts(body, alertLabels);
		removeStrayEmphasisMarkers(body);
		groupTabs(body);
		showCrossReferences(body);
		linkAtReferences(body, links);
		resolveLinks(body, links);
		Element heading = body.selectFirst("h1");
		if (heading != null) {
			heading.remove();
		}
		List<RenderedView.Heading> outline = body.select("h2:not(.tab-title)")
			.stream()
			.map((h2) -> new RenderedView.Heading(h2.id(), visibleText(h2)))
			.toList();
		Element firstParagraph = body.selectFirst("p");
		return new RenderedView((heading != null) ? heading.outerHtml() : "",
				(heading != null) ? visibleText(heading) : "", body.html().strip(),
				(firstParagraph != null) ? shorten(visibleText(firstParagraph)) : "", outline);
	}

	/**
	 * {@code # <a name="slug"></a>Text} gives the heading {@code id="slug"}; a heading without one gets a slug of
	 * its English text, so anchors are the same in every language.
	 */
	private static void anchorHeadings(Element body) {
		Set<String> used = new HashSet<>();
		for (Element heading : body.select("h1, h2, h3, h4, h5, h6")) {
			Element anchor = heading.selectFirst("a[name]:not([href])");
			if (anchor != null && anchor.text().isBlank()) {
				// An anchor written twice stays unique: the second one gets a suffix, as generated ones do.
				heading.id(uniqueSlug(anchor.attr("name"), used, false));
				anchor.remove();
			}
		}
		for (Element heading : body.select("h1, h2, h3, h4, h5, h6")) {
			if (heading.id().isEmpty()) {
				heading.id(uniqueSlug(englishText(heading), used, true));
			}
		}
		for (Element named : body.select("a[name]:not([href])")) {
			named.id(uniqueSlug(named.attr("name"), used, false)).removeAttr("name");
		}
	}

	/** The text a reader sees before revealing anything: without the hidden English originals. */
	private static String visibleText(Element element) {
		if (element.selectFirst(".seg-en") == null) {
			return element.text();
		}
		Element copy = element.clone();
		copy.select(".seg-en").remove();
		return copy.text();
	}

	private static String englishText(Element element) {
		Element copy = element.clone();
		copy.select("span[data-ttu-id]").forEach((translated) -> {
			if (SegmentPairs.lookupOf(translated) != null) {
				translated.remove();
			}
		});
		return copy.text();
	}

	private static String uniqueSlug(String text, Set<String> used, boolean fromText) {
		String slug = fromText ? NON_SLUG.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("-").replaceAll("^-+|-+$", "")
				: text;
		if (slug.isEmpty()) {
			slug = "section";
		}
		String candidate = slug;
		for (int i = 1; !used.add(candidate); i++) {
			candidate = slug + "-" + i;
		}
		return candidate;
	}

	private static void showSegments(Element body, Text text) {
		for (Element translated : body.select("span[data-ttu-id]")) {
			String id = translated.attr("data-ttu-id");
			Element lookup = SegmentPairs.lookupOf(translated);
			Element source = (lookup != null) ? lookup.selectFirst("span[data-stu-id]") : null;
			Element segment = segment(id, (text == Text.ORIGINAL && source != null) ? source : translated);
			if (text == Text.TRANSLATION_WITH_ORIGINAL && source != null && !id.isEmpty()
					&& !source.text().strip().equals(segment.text().strip())) {
				segment.attr("aria-describedby", ORIGINAL_ID_PREFIX + id).appendChild(original(id, source));
			}
			translated.replaceWith(segment);
			if (lookup != null) {
				lookup.remove();
			}
		}
		// An English original without its translation still shows its text, in every view.
		for (Element lookup : body.select("span.sxs-lookup")) {
			Element source = lookup.selectFirst("span[data-stu-id]");
			lookup.replaceWith(segment((source != null) ? source.attr("data-stu-id") : "", (source != null) ? source : lookup));
		}
		for (Element source : body.select("span[data-stu-id]")) {
			source.replaceWith(segment(source.attr("data-stu-id"), source));
		}
	}

	/**
	 * The English of a translated sentence, hidden until the reader asks for it. Links and images become
	 * their text: the popup sits inside the sentence, which may itself be inside a link.
	 */
	private static Element original(String id, Element source) {
		Element original = new Element("span").addClass("seg-en").id(ORIGINAL_ID_PREFIX + id).attr("lang", "en")
			.attr("hidden", true);
		original.appendChildren(new ArrayList<>(source.clone().childNodes()));
		original.select("a").unwrap();
		original.select("img").forEach((image) -> image.replaceWith(new TextNode(image.attr("alt"))));
		return original;
	}

	private static Element segment(String id, Element content) {
		Element segment = new Element("span").addClass("seg");
		if (!id.isEmpty()) {
			segment.attr("data-seg", id);
		}
		segment.appendChildren(new ArrayList<>(content.childNodes()));
		return segment;
	}


	/**
	 * {@code > [!NOTE]} blockquotes become {@code div.alert.alert-note} with a label. Markers written by
	 * translators ({@code [!**注意**]}) count too, and so does a {@code > [!NOTE]} that Markdown left as text
	 * inside a list item's paragraph because it was indented less than the item's text.
	 */
	private static void makeCallouts(Element body, Map<String, String> labels) {
		for (Element paragraph : body.select("p, li")) {
			splitLazyCallout(paragraph);
		}
		for (Element quote : body.select("blockquote")) {
			Element first = quote.firstElementChild();
			if (first == null || !first.normalName().equals("p")) {
				continue;
			}
			Matcher division = DIV_MARKER.matcher(first.text());
			if (division.lookingAt()) {
				removeLeadingText(first, division.group().stripTrailing().length());
				Element div = new Element("div");
				for (String name : division.group(1).trim().split("\\s+")) {
					String known = DIV_CLASSES.get(name.toLowerCase(Locale.ROOT));
					if (known != null) {
						div.addClass(known);
					}
				}
				div.appendChildren(new ArrayList<>(quote.childNodes()));
				quote.replaceWith(div);
				continue;
			}
			Matcher marker = ALERT_MARKER.matcher(first.text());
			if (!marker.lookingAt()) {
				continue;
			}
			String type = alertType(marker.group(1));
			removeLeadingText(first, marker.group().stripTrailing().length());
			while (first.childNodeSize() > 0 && (first.childNode(0) instanceof TextNode blank && blank.isBlank()
					|| first.childNode(0) instanceof Element element && element.normalName().equals("br"))) {
				first.childNode(0).remove();
			}
			if (first.text().isBlank() && first.select("img").isEmpty()) {
				first.remove();
			}
			Element callout = new Element("div").addClass("alert").addClass("alert-" + type).attr("role", "note");
			callout.appendElement("p").addClass("alert-title").text(labels.getOrDefault(type, type));
			callout.appendChildren(new ArrayList<>(quote.childNodes()));
			quote.replaceWith(callout);
		}
	}

	private static String alertType(String marker) {
		return switch (marker.toLowerCase(Locale.ROOT)) {
			case "注意" -> "note";
			case "提示" -> "tip";
			case "重要" -> "important";
			case "警告" -> "warning";
			case "小心", "주의" -> "caution";
			case "メモ", "참고" -> "note";
			case "ヒント", "팁" -> "tip";
			case "중요" -> "important";
			case "경고" -> "warning";
			default -> marker.toLowerCase(Locale.ROOT);
		};
	}

	/**
	 * Moves {@code > [!TYPE]} and the quoted lines after it out of a paragraph into a blockquote after it (at
	 * the end of a tight list item, which has no paragraph).
	 */
	private static void splitLazyCallout(Element paragraph) {
		for (TextNode text : paragraph.textNodes()) {
			Matcher start = LAZY_CALLOUT.matcher(text.getWholeText());
			if (!start.find()) {
				continue;
			}
			TextNode quoted = text.splitText(start.start());
			Element quote = new Element("blockquote");
			Element inner = quote.appendElement("p");
			List<Node> moved = new ArrayList<>();
			for (Node node = quoted; node != null; node = node.nextSibling()) {
				moved.add(node);
			}
			inner.appendChildren(moved);
			for (TextNode line : inner.textNodes()) {
				line.text(QUOTE_PREFIX.matcher(line.getWholeText()).replaceAll(""));
			}
			if (paragraph.normalName().equals("li")) {
				paragraph.appendChild(quote);
			}
			else {
				paragraph.after(quote);
			}
			return;
		}
	}

	/** Removes the first {@code count} characters of an element's text, and elements left empty by it. */
	private static void removeLeadingText(Element element, int count) {
		int remaining = count;
		List<TextNode> texts = new ArrayList<>();
		element.traverse((node, depth) -> {
			if (node instanceof TextNode text) {
				texts.add(text);
			}
		});
		for (TextNode text : texts) {
			if (remaining <= 0) {
				break;
			}
			String stripped = text.getWholeText().stripLeading();
			int take = Math.min(stripped.length(), remaining);
			text.text(stripped.substring(take));
			remaining -= take;
			Element parent = (Element) text.parent();
			if (text.getWholeText().isEmpty() && parent != element && parent.text().isBlank()) {
				parent.remove();
			}
		}
		element.textNodes().stream().findFirst().ifPresent((first) -> first.text(first.getWholeText().stripLeading()));
	}

	/**
	 * Translation vendors sometimes break a pair of {@code **} (one lands inside a link text, the other
	 * outside), and Markdown then shows both as text. A reader never means to see them.
	 */
	private static void removeStrayEmphasisMarkers(Element body) {
		List<TextNode> marked = new ArrayList<>();
		body.traverse((node, depth) -> {
			if (node instanceof TextNode text && text.getWholeText().contains("**") && !inCode(text)) {
				marked.add(text);
			}
		});
		marked.forEach(ArticleHtml::removeStrayEmphasisMarkers);
	}

	private static boolean inCode(Node node) {
		for (Node parent = node.parent(); parent instanceof Element element; parent = parent.parent()) {
			if (element.normalName().equals("code") || element.normalName().equals("pre")) {
				return true;
			}
		}
		return false;
	}

	private static void removeStrayEmphasisMarkers(TextNode text) {
		String whole = text.getWholeText();
		if (whole.contains("**")) {
			text.text(whole.replace("**", ""));
		}
	}

	/**
	 * DocFX's tabbed content: a heading that links to {@code #tab/id} starts a tab, which runs to the next such
	 * heading; a {@code ---} (removed), a heading of the tabs' level or above, or the end of the enclosing block
	 * ends the group. Each group becomes {@code div.tab-group} of {@code section.tab-panel[data-tab]}, each
	 * panel starting with its title (level 2 at most, without the link). Without script the tabs are shown one
	 * after another under their titles; reader.js turns each group into a tab list, in step across the page.
	 */
	private static void groupTabs(Element body) {
		Set<Element> containers = new LinkedHashSet<>();
		body.select("h1 > a[href^=#tab/], h2 > a[href^=#tab/], h3 > a[href^=#tab/], h4 > a[href^=#tab/], "
				+ "h5 > a[href^=#tab/], h6 > a[href^=#tab/]")
			.forEach((link) -> containers.add(link.parent().parent()));
		Element title = body.selectFirst("h1");
		for (Element container : containers) {
			Element group = null;
			Element panel = null;
			int level = 0;
			for (Element block : new ArrayList<>(container.children())) {
				String tab = tabOf(block);
				if (tab != null) {
					if (group == null || headingLevel(block) != level) {
						level = headingLevel(block);
						group = new Element("div").addClass("tab-group");
						block.before(group);
					}
					panel = group.appendElement("section").addClass("tab-panel").attr("data-tab", tab);
					tabLink(block).unwrap();
					block.addClass("tab-title");
					// Tabs are written as level-1 headings; the page has one, the article's title.
					if (block.normalName().equals("h1") && block != title) {
						block.tagName("h2");
					}
					panel.appendChild(block);
				}
				else if (group != null && block.normalName().equals("hr")) {
					block.remove();
					group = null;
				}
				else if (group != null && headingLevel(block) > 0 && headingLevel(block) <= level) {
					group = null;
				}
				else if (group != null) {
					panel.appendChild(block);
				}
			}
		}
	}

	/** The id of the tab a heading starts ({@code portal} for {@code #tab/portal} or {@code #tab/portal/windows}). */
	private static String tabOf(Element block) {
		Element link = (headingLevel(block) > 0) ? tabLink(block) : null;
		if (link == null) {
			return null;
		}
		String id = link.attr("href").substring("#tab/".length());
		int slash = id.indexOf('/');
		return ((slash >= 0) ? id.substring(0, slash) : id).toLowerCase(Locale.ROOT);
	}

	/** The heading's own link to {@code #tab/...}, or {@code null}. */
	private static Element tabLink(Element heading) {
		for (Element child : heading.children()) {
			if (child.normalName().equals("a") && child.attr("href").startsWith("#tab/")) {
				return child;
			}
		}
		return null;
	}

	/** 1 to 6 for a heading, 0 for anything else. */
	private static int headingLevel(Element element) {
		String name = element.normalName();
		return (name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6')
				? name.charAt(1) - '0' : 0;
	}

	/**
	 * Cross references ({@code <xref:uid>}, {@code [text](xref:uid)}): the reader sees their text (the uid itself
	 * when that is all there is), never the syntax. Resolving them is the links' job: to the article whose
	 * front matter has the uid, or nowhere (an API page of another docs set), when the text stays as text.
	 */
	private static void showCrossReferences(Element body) {
		for (Element link : body.select("a[href^=xref:], a[href^=XREF:]")) {
			if (link.text().equalsIgnoreCase(link.attr("href")) || link.text().isBlank()) {
				link.text(crossReferenceUid(link.attr("href")));
			}
		}
	}

	/** The uid of a cross reference ({@code xref:uid?displayProperty=...}), or {@code null} when it is not one. */
	static String crossReferenceUid(String href) {
		if (!href.regionMatches(true, 0, "xref:", 0, "xref:".length())) {
			return null;
		}
		return URLDecoder.decode(href.substring("xref:".length()).replaceFirst("[?#].*$", ""),
				StandardCharsets.UTF_8);
	}

	/**
	 * DocFX's short cross reference, {@code @uid} at the start of a word: a link when an article here has that uid,
	 * and the text as written otherwise (an e-mail address or a handle is not one, and reads as what it is). Not
	 * in the hidden originals, which hold no links.
	 */
	private static void linkAtReferences(Element body, UnaryOperator<String> links) {
		List<TextNode> candidates = new ArrayList<>();
		body.traverse((node, depth) -> {
			if (node instanceof TextNode text && text.getWholeText().indexOf('@') >= 0 && !inCode(text)
					&& text.parent() != null && ((Element) text.parent()).closest("a, .seg-en") == null) {
				candidates.add(text);
			}
		});
		for (TextNode text : candidates) {
			Matcher reference = AT_REFERENCE.matcher(text.getWholeText());
			List<Node> replacement = new ArrayList<>();
			int from = 0;
			while (reference.find()) {
				String href = links.apply("xref:" + reference.group(1));
				if (href == null) {
					continue;
				}
				replacement.add(new TextNode(text.getWholeText().substring(from, reference.start())));
				replacement.add(new Element("a").attr("href", "xref:" + reference.group(1)).text(reference.group(1)));
				from = reference.end();
			}
			if (!replacement.isEmpty()) {
				replacement.add(new TextNode(text.getWholeText().substring(from)));
				for (Node node : replacement) {
					text.before(node);
				}
				text.remove();
			}
		}
	}

	private static void resolveLinks(Element body, UnaryOperator<String> links) {
		for (PageLinks.Link link : PageLinks.of(body)) {
			String target = links.apply(link.target());
			link.retarget(target);
			if (link.image()) {
				link.element().attr("loading", "lazy");
			}
			else if (target != null && LinkResolver.isExternal(target)) {
				link.element().attr("rel", "noopener noreferrer");
			}
		}
	}

	private static String shorten(String text) {
		if (text.length() <= SUMMARY_LENGTH) {
			return text;
		}
		int cut = text.lastIndexOf(' ', SUMMARY_LENGTH);
		return text.substring(0, (cut > SUMMARY_LENGTH / 2) ? cut : SUMMARY_LENGTH).strip() + "…";
	}

}
