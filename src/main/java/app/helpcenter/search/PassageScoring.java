package app.helpcenter.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's passage scoring (BM25 over the passage, by its place in the text) without its per-passage term hash:
 * Lucene's allocates a 32 KB block for every passage looked at, which made scoring passages a large part of a
 * search. A passage has a few matches, so its distinct terms are found by comparing them.
 */
final class PassageScoring extends PassageScorer {

	@Override
	public float score(Passage passage, int contentLength) {
		int matches = passage.getNumMatches();
		BytesRef[] terms = passage.getMatchTerms();
		int[] frequenciesInDocument = passage.getMatchTermFreqsInDoc();
		double score = 0;
		for (int i = 0; i < matches; i++) {
			if (seenBefore(terms, i)) {
				continue;
			}
			int inPassage = 1;
			for (int j = i + 1; j < matches; j++) {
				if (terms[j].bytesEquals(terms[i])) {
					inPassage++;
				}
			}
			score += tf(inPassage, passage.getLength()) * weight(contentLength, frequenciesInDocument[i]);
		}
		return (float) (score * norm(passage.getStartOffset()));
	}

	private static boolean seenBefore(BytesRef[] terms, int index) {
		for (int i = 0; i < index; i++) {
			if (terms[i].bytesEquals(terms[index])) {
				return true;
			}
		}
		return false;
	}

}
