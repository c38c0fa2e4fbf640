package app.helpcenter.search;

import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * One analyzer for Chinese and English in the same text, at index and at query time: Unicode word breaks
 * (each Han character is a token), full-width letters and digits folded to half-width, lower case, Han
 * characters joined into overlapping bigrams, English possessives and stop words removed, English words
 * stemmed. Bigrams need no dictionary, so product names and new words match as well as common ones.
 */
final class BilingualAnalyzer extends Analyzer {

	/**
	 * Lucene's English stop words and the words questions are made of ("how do I", "why was my"): readers ask in
	 * sentences, and a title with "my" in it must not outrank the answer for it.
	 */
	static final CharArraySet STOP_WORDS = stopWords();

	private static CharArraySet stopWords() {
		CharArraySet words = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, false);
		words.addAll(List.of("i", "me", "my", "we", "our", "us", "you", "your", "how", "what", "why", "where", "when",
				"which", "who", "do", "does", "did", "can", "could", "should", "would", "am", "has", "have", "had", "all",
				"any", "some", "from", "so", "about", "i'm", "i've", "it's", "want"));
		return CharArraySet.unmodifiableSet(words);
	}

	/** The chain's tokenizer and its last filter. */
	record Components(Tokenizer tokenizer, TokenStream stream) {
	}

	/** The chain, for an analyzer that adds to it (the synonyms of queries). */
	static Components chain() {
		StandardTokenizer tokenizer = new StandardTokenizer();
		TokenStream stream = new CJKWidthFilter(tokenizer);
		stream = new LowerCaseFilter(stream);
		stream = new CJKBigramFilter(stream);
		stream = new EnglishPossessiveFilter(stream);
		stream = new StopFilter(stream, STOP_WORDS);
		stream = new PorterStemFilter(stream);
		return new Components(tokenizer, stream);
	}

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		Components chain = chain();
		return new TokenStreamComponents(chain.tokenizer(), chain.stream());
	}

	@Override
	protected TokenStream normalize(String fieldName, TokenStream in) {
		return new LowerCaseFilter(new CJKWidthFilter(in));
	}

}
