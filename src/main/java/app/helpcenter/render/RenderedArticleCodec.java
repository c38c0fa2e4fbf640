package app.helpcenter.render;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import app.helpcenter.content.Article;
import app.helpcenter.content.CompactText;

/**
 * A {@link RenderedArticle} as bytes and back, without its article: what rendering made of it (its pages, the
 * questions it asked of the site, the locales of its path), to be kept on disk and given back to the same
 * article. Bodies stay deflated as they are kept in memory, so reading one back costs no compression.
 */
public final class RenderedArticleCodec {

	/** The layout written here; an entry of another layout is not read. Raise it with any change below. */
	public static final int FORMAT = 1;

	private static final ArticleView[] VIEWS = ArticleView.values();

	private RenderedArticleCodec() {
	}

	public static void write(RenderedArticle rendered, DataOutput out) throws IOException {
		writeString(out, rendered.presence());
		out.writeInt(rendered.pages().size());
		for (Page page : rendered.pages()) {
			if (page.navigation() != null) {
				throw new IllegalArgumentException("A page with its navigation is the site's, not the article's");
			}
			writePage(page, out);
		}
		rendered.dependencies().writeTo(out);
	}

	/**
	 * Reads what {@link #write} wrote, as the rendering of {@code article}.
	 * @throws IOException when the bytes are not such an entry
	 */
	public static RenderedArticle read(Article article, DataInput in) throws IOException {
		String presence = readString(in);
		int count = readCount(in);
		List<Page> pages = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			pages.add(readPage(in));
		}
		return new RenderedArticle(article, pages, Dependencies.readFrom(in), presence);
	}

	/** A navigation whole, for a hash that stands for it (in the keys of the responses of its pages). */
	public static void writeNavigation(Navigation navigation, DataOutput out) throws IOException {
		writeNavigation(navigation.items(), out);
	}

	/** Everything of a page but its navigation, for a hash that stands for what it says (its search document). */
	public static void writeContent(Page page, DataOutput out) throws IOException {
		writePage(page, out);
	}

	private static void writeNavigation(List<Navigation.Item> items, DataOutput out) throws IOException {
		out.writeInt(items.size());
		for (Navigation.Item item : items) {
			writeString(out, item.title());
			writeString(out, item.lang());
			writeString(out, item.url());
			writeString(out, item.articlePath());
			writeNavigation(item.children(), out);
		}
	}

	private static void writePage(Page page, DataOutput out) throws IOException {
		writeString(out, page.locale());
		writeString(out, page.path());
		out.writeByte(page.view().ordinal());
		writeString(out, page.languageTag());
		writeString(out, page.title());
		writeString(out, page.description());
		writeStrings(out, page.keywords());
		writeString(out, (page.date() != null) ? page.date().toString() : null);
		writeString(out, page.dateText());
		writeString(out, page.author());
		writeString(out, page.heading());
		writeString(out, page.headingHtml());
		page.body().compact().writeTo(out);
		out.writeInt(page.outline().size());
		for (RenderedView.Heading heading : page.outline()) {
			writeString(out, heading.id());
			writeString(out, heading.text());
		}
		out.writeBoolean(page.machineTranslated());
		out.writeBoolean(page.revealable());
		out.writeInt(page.views().size());
		for (Page.Alternative view : page.views()) {
			writeString(out, view.locale());
			out.writeByte(view.view().ordinal());
			writeString(out, view.languageTag());
			writeString(out, view.name());
			writeString(out, view.url());
			writeString(out, view.offer());
			out.writeBoolean(view.source());
		}
		out.writeBoolean(page.noindex());
	}

	private static Page readPage(DataInput in) throws IOException {
		String locale = readString(in);
		String path = readString(in);
		ArticleView view = readView(in);
		String languageTag = readString(in);
		String title = readString(in);
		String description = readString(in);
		List<String> keywords = readStrings(in);
		String date = readString(in);
		String dateText = readString(in);
		String author = readString(in);
		String heading = readString(in);
		String headingHtml = readString(in);
		PageBody body = new PageBody(CompactText.readFrom(in));
		int headings = readCount(in);
		List<RenderedView.Heading> outline = new ArrayList<>(headings);
		for (int i = 0; i < headings; i++) {
			outline.add(new RenderedView.Heading(readString(in), readString(in)));
		}
		boolean machineTranslated = in.readBoolean();
		boolean revealable = in.readBoolean();
		int count = readCount(in);
		List<Page.Alternative> views = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			views.add(new Page.Alternative(readString(in), readView(in), readString(in), readString(in), readString(in),
					readString(in), in.readBoolean()));
		}
		boolean noindex = in.readBoolean();
		return new Page(locale, path, view, languageTag, title, description, List.copyOf(keywords),
				(date != null) ? LocalDate.parse(date) : null, dateText, author, heading, headingHtml, body,
				List.copyOf(outline), machineTranslated, revealable, List.copyOf(views), noindex, null);
	}

	private static ArticleView readView(DataInput in) throws IOException {
		int ordinal = in.readUnsignedByte();
		if (ordinal >= VIEWS.length) {
			throw new IOException("No such view: " + ordinal);
		}
		return VIEWS[ordinal];
	}

	private static void writeStrings(DataOutput out, List<String> values) throws IOException {
		out.writeInt(values.size());
		for (String value : values) {
			writeString(out, value);
		}
	}

	private static List<String> readStrings(DataInput in) throws IOException {
		int count = readCount(in);
		List<String> values = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			values.add(readString(in));
		}
		return values;
	}

	/** A text of any length, or {@code null}, as its UTF-8 length ({@code -1} for null) and bytes. */
	static void writeString(DataOutput out, String value) throws IOException {
		if (value == null) {
			out.writeInt(-1);
			return;
		}
		byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
		out.writeInt(bytes.length);
		out.write(bytes);
	}

	static String readString(DataInput in) throws IOException {
		int length = in.readInt();
		if (length == -1) {
			return null;
		}
		if (length < 0 || length > 64 * 1024 * 1024) {
			throw new IOException("Impossible length of a text: " + length);
		}
		byte[] bytes = new byte[length];
		in.readFully(bytes);
		return new String(bytes, StandardCharsets.UTF_8);
	}

	/** A count of things that follow; a count no entry can have means the bytes are not an entry. */
	static int readCount(DataInput in) throws IOException {
		int count = in.readInt();
		if (count < 0 || count > 10_000_000) {
			throw new IOException("Impossible count: " + count);
		}
		return count;
	}

}
