package app.helpcenter.render;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * What a piece of a page asked about the rest of the site while it was made: whether each path it links to is
 * here, which article each cross reference ({@code xref:uid}) names, and the English heading of each article whose
 * title it shows. Recorded while rendering (on one
 * thread), then only read: {@link #holdStill} tells whether making it again would ask the same and get the same
 * answers, in which case it can be taken over as it is.
 */
public final class Dependencies {

	/** The questions asked, as locale, path and answer, three entries each: checking them allocates nothing. */
	private final List<Object> answers = new ArrayList<>();

	private final Map<String, String> headings = new HashMap<>();

	/** The cross references resolved, as locale, uid and the path found (or {@code null}), three entries each. */
	private final List<String> uids = new ArrayList<>();

	/** Asks {@code index} which article has a uid, and records the answer. */
	BiFunction<String, String, String> uid(ArticleIndex index) {
		return (locale, uid) -> {
			String path = index.pathOfUid(locale, uid);
			this.uids.add(locale);
			this.uids.add(uid);
			this.uids.add(path);
			return path;
		};
	}

	/** Asks {@code index} whether a link target is here, and records the answer. */
	BiPredicate<String, String> exists(ArticleIndex index) {
		return (locale, path) -> {
			boolean exists = index.exists(locale, path);
			this.answers.add(locale);
			this.answers.add(path);
			this.answers.add(exists);
			return exists;
		};
	}

	/** The English heading of an article, {@code null} when it has none, recorded. */
	String heading(Function<String, String> englishHeadings, String path) {
		String heading = englishHeadings.apply(path);
		this.headings.put(path, heading);
		return heading;
	}

	/** Whether every answer recorded is still the answer. */
	boolean holdStill(ArticleIndex index, Function<String, String> englishHeadings) {
		for (int i = 0; i < this.answers.size(); i += 3) {
			if (index.exists((String) this.answers.get(i), (String) this.answers.get(i + 1)) != (Boolean) this.answers
				.get(i + 2)) {
				return false;
			}
		}
		for (int i = 0; i < this.uids.size(); i += 3) {
			if (!Objects.equals(index.pathOfUid(this.uids.get(i), this.uids.get(i + 1)), this.uids.get(i + 2))) {
				return false;
			}
		}
		for (Map.Entry<String, String> heading : this.headings.entrySet()) {
			if (!Objects.equals(englishHeadings.apply(heading.getKey()), heading.getValue())) {
				return false;
			}
		}
		return true;
	}

	/** Writes the questions and their answers, for {@link #readFrom}. */
	void writeTo(DataOutput out) throws IOException {
		out.writeInt(this.answers.size() / 3);
		for (int i = 0; i < this.answers.size(); i += 3) {
			RenderedArticleCodec.writeString(out, (String) this.answers.get(i));
			RenderedArticleCodec.writeString(out, (String) this.answers.get(i + 1));
			out.writeBoolean((Boolean) this.answers.get(i + 2));
		}
		out.writeInt(this.headings.size());
		for (Map.Entry<String, String> heading : this.headings.entrySet()) {
			RenderedArticleCodec.writeString(out, heading.getKey());
			RenderedArticleCodec.writeString(out, heading.getValue());
		}
		out.writeInt(this.uids.size() / 3);
		for (String value : this.uids) {
			RenderedArticleCodec.writeString(out, value);
		}
	}

	/** Reads what {@link #writeTo} wrote. */
	static Dependencies readFrom(DataInput in) throws IOException {
		Dependencies dependencies = new Dependencies();
		int answers = RenderedArticleCodec.readCount(in);
		for (int i = 0; i < answers; i++) {
			dependencies.answers.add(RenderedArticleCodec.readString(in));
			dependencies.answers.add(RenderedArticleCodec.readString(in));
			dependencies.answers.add(in.readBoolean());
		}
		int headings = RenderedArticleCodec.readCount(in);
		for (int i = 0; i < headings; i++) {
			dependencies.headings.put(RenderedArticleCodec.readString(in), RenderedArticleCodec.readString(in));
		}
		int uids = RenderedArticleCodec.readCount(in);
		for (int i = 0; i < uids * 3; i++) {
			dependencies.uids.add(RenderedArticleCodec.readString(in));
		}
		return dependencies;
	}

	/** How many questions were asked. */
	public int size() {
		return this.answers.size() / 3 + this.headings.size() + this.uids.size() / 3;
	}

}
