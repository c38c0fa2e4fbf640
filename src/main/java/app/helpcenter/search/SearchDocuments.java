package app.helpcenter.search;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.FloatDocValuesField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.util.BytesRef;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import app.helpcenter.render.ArticleView;
import app.helpcenter.render.Page;
import app.helpcenter.render.Pages;
import app.helpcenter.render.RenderedArticleCodec;
import app.helpcenter.render.RenderedView;
import app.helpcenter.render.SiteLocales;

/**
 * The search document of an article page: both of its texts (the page's own language and the other one), so
 * that a query in either language finds it, in fields weighted at search time. What a result shows is kept in
 * binary doc values, which are read without decompression: stored fields are compressed in blocks, and
 * decompressing whole articles was most of a search's cost.
 */
final class SearchDocuments {

	/**
	 * A hash of what the document was made from ({@link #version}), as a doc value: an index kept between runs
	 * writes again only the documents whose version differs.
	 */
	static final String VERSION = "version";

	/** The page's URL, its document's identity (indexed) and its link (a doc value). */
	static final String URL = "url";

	/** The page's path, to rank equal scores in path order however the documents were added. */
	static final String ORDER = "order";

	/**
	 * The article's text in the page's language, indexed with its offsets so that passages need no analysis, and
	 * kept as a doc value for the passages' text.
	 */
	static final String OWN = "own";

	/** The article's text in the other language, as {@link #OWN}. */
	static final String OTHER = "other";

	/** 1 for current articles, less for archived ones and those search engines are asked to leave out. */
	static final String WEIGHT = "weight";

	/** Every prefix of the page's title and of its other language's title, for suggestions. */
	static final String TITLE_PREFIX = "titlePrefix";

	/** Every prefix of what follows a word start (or a Han character) in either title, for suggestions. */
	static final String WORD_PREFIX = "wordPrefix";

	/** The page's title and its other language's title, whole and normalized: a query that is a title finds it first. */
	static final String TITLE_EXACT = "titleExact";

	/** The length of the page's title: shorter titles are suggested first. */
	static final String TITLE_LENGTH = "titleLength";

	/** The page's title as its heading shows it (a doc value). */
	static final String HEADING = "heading";

	/** The title of the same article in the other language, empty when there is none (a doc value). */
	static final String OTHER_HEADING = "otherHeading";

	/** The locales whose searches find a document of an index that several locales share ({@link View#of}). */
	static final String IN = "in";

	/** What archived articles and articles left out of search engines weigh in a search: half. */
	static final float DEMOTED = 0.5f;

	private static final FieldType WITH_OFFSETS = withOffsets();

	private SearchDocuments() {
	}

	private static FieldType withOffsets() {
		FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
		type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
		type.freeze();
		return type;
	}

	/** The same article in the other language: English for a translation, the translation for English. */
	static Optional<Page> counterpart(Pages pages, Page page) {
		boolean english = page.isSourceLanguage();
		for (Page.Alternative language : page.views()) {
			if (language.view() != ArticleView.BILINGUAL && !language.locale().equals(page.locale())
					&& (english || language.source())) {
				return pages.find(language.locale(), page.path());
			}
		}
		return Optional.empty();
	}

	static Document of(Page page, Optional<Page> counterpart) {
		Document document = content(Content.of(page, counterpart));
		document.add(value(VERSION, version(page, counterpart)));
		return document;
	}

	/**
	 * What a page's document holds.
	 * @param url the page's URL, the document's identity
	 * @param path the page's path, for the order of equal scores
	 * @param title the page's title (its front matter's, or its heading)
	 * @param heading its heading as the page shows it
	 * @param otherHeading the heading of the same article in the other language, empty for none
	 * @param keywords its front matter's keywords
	 * @param headings the text of its section headings, then of its counterpart's, one per line
	 * @param ownText its words in the page's language
	 * @param otherText the words of the same article in the other language, empty for none
	 * @param demoted whether it ranks below current articles (archived, or left out of search engines)
	 */
	record Content(String url, String path, String title, String heading, String otherHeading, List<String> keywords,
			String headings, String ownText, String otherText, boolean demoted) {

		static Content of(Page page, Optional<Page> counterpart) {
			return new Content(page.url(), page.path(), page.title(), page.heading(),
					counterpart.map(Page::heading).orElse(""), page.keywords(),
					SearchDocuments.headings(page) + "\n" + counterpart.map(SearchDocuments::headings).orElse(""),
					visibleText(page),
					counterpart.map(SearchDocuments::visibleText).orElse(""), isDemoted(page));
		}

	}

	private static Document content(Content content) {
		Document document = new Document();
		document.add(new StringField(URL, content.url(), Field.Store.NO));
		addWords(document, content, null);
		addView(document, View.PAGE, content, false);
		return document;
	}

	/**
	 * The one document of two pages that are each other's counterpart, as a first start indexes them before any
	 * is rendered ({@link UnrenderedDocuments}): a translated page, whose other language is English, and the English
	 * page whose other language is that translation. Their words are the same words the other way round, so they are
	 * written once, and each page's locale reads them through its own {@link View}: the English page's own text is
	 * the document's {@link #OTHER}.
	 * @param content the page whose own text is the document's {@link #OWN}
	 * @param mirror the page whose own text is the document's {@link #OTHER}, or {@code null} for none
	 */
	static Document shared(UnrenderedDocuments.Made content, UnrenderedDocuments.Made mirror) {
		Document document = new Document();
		addWords(document, content.content(), (mirror != null) ? mirror.content() : null);
		addView(document, View.of(content.locale()), content.content(), false);
		if (mirror != null) {
			addView(document, View.of(mirror.locale()), mirror.content(), true);
		}
		return document;
	}

	/** What queries match: the page's titles, keywords, headings and both texts, and its mirror's titles and keywords. */
	private static void addWords(Document document, Content content, Content mirror) {
		String otherHeading = content.otherHeading();
		List<String> titles = new ArrayList<>(List.of(content.title(), content.heading(), otherHeading));
		List<String> keywords = new ArrayList<>(content.keywords());
		if (mirror != null) {
			List.of(mirror.title(), mirror.heading(), mirror.otherHeading())
				.stream()
				.filter((title) -> !titles.contains(title))
				.forEach(titles::add);
			mirror.keywords().stream().filter((keyword) -> !keywords.contains(keyword)).forEach(keywords::add);
		}
		document.add(new SortedDocValuesField(ORDER, new BytesRef(content.path())));
		document.add(new TextField("title", String.join("\n", titles), Field.Store.NO));
		document.add(new TextField("keywords", String.join("\n", keywords), Field.Store.NO));
		document.add(new TextField("headings", content.headings(), Field.Store.NO));
		document.add(new Field(OWN, content.ownText(), WITH_OFFSETS));
		document.add(value(OWN, content.ownText()));
		document.add(new Field(OTHER, content.otherText(), WITH_OFFSETS));
		document.add(value(OTHER, content.otherText()));
		for (String title : List.of(content.heading(), otherHeading)) {
			if (!title.isBlank()) {
				String exact = SearchAnalyzers.normalizeTitle(title);
				if (!exact.isEmpty()) {
					document.add(new StringField(TITLE_EXACT, exact, Field.Store.NO));
				}
				document.add(new TextField(TITLE_PREFIX, title, Field.Store.NO));
				wordStarts(title).forEach((start) -> document.add(new TextField(WORD_PREFIX, start, Field.Store.NO)));
			}
		}
	}

	/** What a locale's searches show and rank a document by, in the fields of its {@code view}. */
	private static void addView(Document document, View view, Content content, boolean mirrored) {
		if (view.locale() != null) {
			document.add(new StringField(IN, view.locale(), Field.Store.NO));
			document.add(new NumericDocValuesField(view.mirrored(), mirrored ? 1 : 0));
		}
		document.add(value(view.url(), content.url()));
		document.add(value(view.heading(), content.heading()));
		document.add(value(view.otherHeading(), content.otherHeading()));
		document.add(new FloatDocValuesField(view.weight(), content.demoted() ? DEMOTED : 1f));
		document.add(new NumericDocValuesField(view.titleLength(), content.heading().length()));
	}

	/**
	 * The fields a locale's searches read what they show and rank by from: a page's own ({@link #PAGE}) in the index
	 * of its locale, or those of one locale ({@link #of}) in an index that several locales share, where a document may
	 * be a page of one locale and the {@code mirrored} page of another (see {@link SearchDocuments#shared}).
	 * @param locale the locale whose documents carry it in {@link #IN}, {@code null} for every document of the index
	 * @param mirrored a numeric doc value, 1 when the locale's page is the document's mirror (its own text is
	 * {@link #OTHER}), {@code null} when none is
	 */
	record View(String locale, String url, String heading, String otherHeading, String titleLength, String weight,
			String mirrored) {

		static final View PAGE = new View(null, URL, HEADING, OTHER_HEADING, TITLE_LENGTH, WEIGHT, null);

		static View of(String locale) {
			String suffix = "." + locale;
			return new View(locale, URL + suffix, HEADING + suffix, OTHER_HEADING + suffix, TITLE_LENGTH + suffix,
					WEIGHT + suffix, "mirrored" + suffix);
		}

		/** Whether the locale's page of a document is its mirror: its own text is {@link #OTHER}. */
		boolean isMirrored(IndexReader reader, int doc) {
			if (this.mirrored == null) {
				return false;
			}
			List<LeafReaderContext> leaves = reader.leaves();
			LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
			try {
				NumericDocValues values = leaf.reader().getNumericDocValues(this.mirrored);
				return values != null && values.advanceExact(doc - leaf.docBase) && values.longValue() == 1;
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read " + this.mirrored + " of a search document", ex);
			}
		}

	}

	/** A hash of everything a page's document is made from: the page and its counterpart, without navigation. */
	static String version(Page page, Optional<Page> counterpart) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			try (DataOutputStream out = new DataOutputStream(
					new DigestOutputStream(OutputStream.nullOutputStream(), digest))) {
				RenderedArticleCodec.writeContent(page, out);
				out.writeBoolean(counterpart.isPresent());
				if (counterpart.isPresent()) {
					RenderedArticleCodec.writeContent(counterpart.get(), out);
				}
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static BinaryDocValuesField value(String field, String text) {
		return new BinaryDocValuesField(field, new BytesRef(text));
	}

	/**
	 * A doc value of one document of {@code reader}, or of its beginning: at most {@code maxChars} characters.
	 * @return the text, empty when the document has none
	 */
	static String value(IndexReader reader, int doc, String field, int maxChars) {
		List<LeafReaderContext> leaves = reader.leaves();
		LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
		try {
			BinaryDocValues values = leaf.reader().getBinaryDocValues(field);
			if (values == null || !values.advanceExact(doc - leaf.docBase)) {
				return "";
			}
			BytesRef bytes = values.binaryValue();
			// A character is at most four bytes of UTF-8.
			int length = (int) Math.min(bytes.length, 4L * maxChars);
			// Not in the middle of a character: UTF-8 continuation bytes are 10xxxxxx.
			while (length < bytes.length && length > 0 && (bytes.bytes[bytes.offset + length] & 0xC0) == 0x80) {
				length--;
			}
			String text = new String(bytes.bytes, bytes.offset, length, StandardCharsets.UTF_8);
			return (text.length() > maxChars) ? text.substring(0, maxChars) : text;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + field + " of a search document", ex);
		}
	}

	/** Archived docsets ({@code Archive/}) and articles with {@code robots: noindex} rank below current ones. */
	static boolean isDemoted(Page page) {
		return page.noindex() || page.archived();
	}

	/**
	 * What follows each word start of a title but the first (its start is in {@link #TITLE_PREFIX}): after a space
	 * or punctuation in English, at every Han character, cut to the longest prefix indexed.
	 */
	static List<String> wordStarts(String title) {
		List<String> starts = new ArrayList<>();
		for (int i = 1; i < title.length(); i++) {
			char c = title.charAt(i);
			char before = title.charAt(i - 1);
			boolean han = Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
			if (han || (Character.isLetterOrDigit(c) && !Character.isLetterOrDigit(before))) {
				String start = title.substring(i);
				starts.add((start.length() > SearchAnalyzers.MAX_PREFIX) ? start.substring(0, SearchAnalyzers.MAX_PREFIX)
						: start);
			}
		}
		return starts;
	}

	private static String headings(Page page) {
		return String.join("\n", page.outline().stream().map(RenderedView.Heading::text).toList());
	}

	/**
	 * The article's own words: not the originals hidden in a translation, and not the interface's callout labels
	 * ("注意", "Note"), which would start passages with a label and make every callout match its name.
	 */
	private static String visibleText(Page page) {
		Element body = Jsoup.parseBodyFragment(page.bodyHtml()).body();
		body.select(".seg-en, .alert-title").remove();
		return body.text();
	}

	/** Whether the page's document would differ from the one made from {@code before}. */
	static boolean changed(Page page, Optional<Page> counterpart, Page before, Optional<Page> counterpartBefore) {
		return before == null || page.body() != before.body()
				|| counterpart.map(Page::body).orElse(null) != counterpartBefore.map(Page::body).orElse(null);
	}

}
