package app.helpcenter.search;

import java.util.Optional;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import app.helpcenter.render.ArticleView;
import app.helpcenter.render.Page;
import app.helpcenter.render.Pages;
import app.helpcenter.render.RenderedView;
import app.helpcenter.render.SiteLocales;

/**
 * The search document of an article page: both of its texts (the page's own language and the other one), so
 * that a query in either language finds it, in fields weighted at search time, with what a result shows stored.
 */
final class SearchDocuments {

	/** The page's URL, its document's identity. */
	static final String URL = "url";

	/** The page's path, to rank equal scores in path order however the documents were added. */
	static final String ORDER = "order";

	private SearchDocuments() {
	}

	/** The same article in the other language: English for a translation, the translation for English. */
	static Optional<Page> counterpart(Pages pages, Page page) {
		boolean english = page.locale().equals(SiteLocales.ENGLISH);
		for (Page.Alternative language : page.views()) {
			if (language.view() != ArticleView.BILINGUAL && !language.locale().equals(page.locale())
					&& (english || language.locale().equals(SiteLocales.ENGLISH))) {
				return pages.find(language.locale(), page.path());
			}
		}
		return Optional.empty();
	}

	static Document of(Page page, Optional<Page> counterpart) {
		String ownText = visibleText(page);
		String otherText = counterpart.map(SearchDocuments::visibleText).orElse("");
		Document document = new Document();
		document.add(new StringField(URL, page.url(), Field.Store.YES));
		document.add(new SortedDocValuesField(ORDER, new BytesRef(page.path())));
		document.add(new StoredField("heading", page.heading()));
		document.add(new StoredField("ownText", ownText));
		document.add(new StoredField("otherText", otherText));
		document.add(new TextField("title", page.title() + "\n" + page.heading() + "\n"
				+ counterpart.map(Page::heading).orElse(""), Field.Store.NO));
		document.add(new TextField("keywords", String.join("\n", page.keywords()), Field.Store.NO));
		document.add(new TextField("headings", headings(page) + "\n" + counterpart.map(SearchDocuments::headings).orElse(""),
				Field.Store.NO));
		document.add(new TextField("body", ownText + "\n" + otherText, Field.Store.NO));
		return document;
	}

	private static String headings(Page page) {
		return String.join("\n", page.outline().stream().map(RenderedView.Heading::text).toList());
	}

	/** The article's text as a reader sees it, without the hidden English originals. */
	private static String visibleText(Page page) {
		Element body = Jsoup.parseBodyFragment(page.bodyHtml()).body();
		body.select(".seg-en").remove();
		return body.text();
	}

	/** Whether the page's document would differ from the one made from {@code before}. */
	static boolean changed(Page page, Optional<Page> counterpart, Page before, Optional<Page> counterpartBefore) {
		return before == null || page.body() != before.body()
				|| counterpart.map(Page::body).orElse(null) != counterpartBefore.map(Page::body).orElse(null);
	}

}
