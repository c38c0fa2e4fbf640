package app.helpcenter.render;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * flexmark's inline parser, with its regular-expression match made without {@link Matcher#toMatchResult()}.
 * On Java 17 that call copies the whole text being parsed into a new string, character by character through
 * flexmark's sequence classes, and flexmark makes it for every inline HTML tag: a bilingual paragraph has
 * six span tags per sentence, so parsing it was quadratic in its length (about a quarter of flexmark's time
 * on the corpus). The match, and so the parsed document, is the same.
 */
final class NonCopyingInlineParser extends InlineParserImpl {

	/**
	 * A parser of these options with this inline parser. Replacing flexmark's inline parser also drops its
	 * reading of link reference definitions ({@code [label]: url}), so the builder adds that back.
	 */
	static Parser.Builder parser(DataHolder options) {
		return Parser.builder(options)
			.customInlineParserFactory(NonCopyingInlineParser::new)
			.paragraphPreProcessorFactory(new ReferencePreProcessorFactory());
	}

	private NonCopyingInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
			Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessors,
			List<InlineParserExtensionFactory> inlineParserExtensions) {
		super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors,
				inlineParserExtensions);
	}

	@Override
	public BasedSequence match(Pattern pattern) {
		Matcher matcher = matcher(pattern);
		return (matcher != null) ? this.input.subSequence(matcher.start(), matcher.end()) : null;
	}

}
