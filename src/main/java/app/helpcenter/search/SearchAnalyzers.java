package app.helpcenter.search;

import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * The analyzers of the search index: {@link BilingualAnalyzer} for the texts; for the suggestion fields, the
 * prefixes (up to {@link #MAX_PREFIX} characters) of a title, width-folded and lower-cased, so that a prefix typed
 * in either language is one term to look up; and, at query time, the same bilingual chain with the synonyms.
 */
final class SearchAnalyzers {

	/** The longest prefix suggestions index; a longer one typed is cut to it. */
	static final int MAX_PREFIX = 30;

	/** The longest title the exact-title field holds: as long as the longest query allowed. */
	static final int MAX_TITLE = 500;

	private SearchAnalyzers() {
	}

	/** What documents are written with. */
	static Analyzer index() {
		return new PerFieldAnalyzerWrapper(new BilingualAnalyzer(),
				Map.of(SearchDocuments.TITLE_PREFIX, new PrefixAnalyzer(), SearchDocuments.WORD_PREFIX,
						new PrefixAnalyzer()));
	}

	/** What queries are read with: the bilingual chain, then the synonyms, as a graph. */
	static Analyzer query(SynonymMap synonyms) {
		if (synonyms == null || synonyms.fst == null) {
			return new BilingualAnalyzer();
		}
		return new Analyzer() {

			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				BilingualAnalyzer.Components chain = BilingualAnalyzer.chain();
				return new TokenStreamComponents(chain.tokenizer(), new SynonymGraphFilter(chain.stream(), synonyms, true));
			}

			@Override
			protected TokenStream normalize(String fieldName, TokenStream in) {
				return new LowerCaseFilter(new CJKWidthFilter(in));
			}

		};
	}

	/** A typed prefix as the suggestion fields hold it. */
	static String normalizePrefix(String prefix) {
		StringBuilder folded = new StringBuilder(prefix.length());
		prefix.codePoints().limit(MAX_PREFIX).forEach((codePoint) -> folded.appendCodePoint(fold(codePoint)));
		return folded.toString().toLowerCase(java.util.Locale.ROOT);
	}

	/**
	 * A title, or a query, as the exact-title field holds it: width-folded, lower-cased, with single spaces; empty
	 * when longer than any query can be (such a title is not indexed whole).
	 */
	static String normalizeTitle(String title) {
		String spaced = String.join(" ", title.strip().split("[\\s\u3000]+"));
		if (spaced.length() > MAX_TITLE) {
			return "";
		}
		StringBuilder folded = new StringBuilder(spaced.length());
		spaced.codePoints().forEach((codePoint) -> folded.appendCodePoint(fold(codePoint)));
		return folded.toString().toLowerCase(java.util.Locale.ROOT);
	}

	/** Full-width letters and digits to half-width, as {@link CJKWidthFilter} does for the indexed titles. */
	private static int fold(int codePoint) {
		if (codePoint >= 0xFF01 && codePoint <= 0xFF5E) {
			return codePoint - 0xFEE0;
		}
		return (codePoint == 0x3000) ? ' ' : codePoint;
	}

	/** A whole value as one token, width-folded and lower-cased, and each of its prefixes. */
	private static final class PrefixAnalyzer extends Analyzer {

		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			Tokenizer tokenizer = new KeywordTokenizer();
			TokenStream stream = new LowerCaseFilter(new CJKWidthFilter(tokenizer));
			return new TokenStreamComponents(tokenizer, new EdgeNGramTokenFilter(stream, 1, MAX_PREFIX, true));
		}

	}

}
