package app.helpcenter.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Lucene's {@link UnifiedHighlighter} taking the texts it cuts passages from out of the documents' binary doc
 * values (see {@link SearchDocuments}) rather than their stored fields. Stored fields are compressed in blocks
 * and a whole article was decompressed for every result and field; doc values are read as they lie in the
 * index file. Where the matches are still comes from the offsets indexed with the text.
 */
final class PassageHighlighter extends UnifiedHighlighter {

	PassageHighlighter(Builder builder) {
		super(builder);
	}

	@Override
	protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator documents, int cacheCharsThreshold)
			throws IOException {
		IndexReader reader = this.searcher.getIndexReader();
		BinaryDocValues[] values = new BinaryDocValues[fields.length];
		for (int i = 0; i < fields.length; i++) {
			values[i] = MultiDocValues.getBinaryValues(reader, fields[i]);
		}
		List<CharSequence[]> texts = new ArrayList<>();
		long chars = 0;
		for (int doc = documents.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = documents.nextDoc()) {
			CharSequence[] row = new CharSequence[fields.length];
			for (int i = 0; i < fields.length; i++) {
				String text = (values[i] != null && values[i].advanceExact(doc)) ? values[i].binaryValue().utf8ToString()
						: "";
				row[i] = (text.length() > getMaxLength()) ? text.substring(0, getMaxLength()) : text;
				chars += row[i].length();
			}
			texts.add(row);
			if (chars > cacheCharsThreshold) {
				break;
			}
		}
		return texts;
	}

}
