package app.helpcenter.search;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The sentence boundaries passages are cut at, in Chinese, English and both, walked both ways. */
class SentenceBreaksTests {

	@Test
	void breaksAfterChineseStopsAndAfterEnglishStopsFollowedByASpace() {
		String text = "請先登入。忘記密碼？Call Support. Version 3.5 is out! 完成";
		assertThat(sentences(text)).containsExactly("請先登入。", "忘記密碼？", "Call Support.", " Version 3.5 is out!",
				" 完成");
	}

	@Test
	void findsTheBoundariesAroundAnyOffsetAsTheJdkContractSays() {
		BreakIterator breaks = new SentenceBreaks();
		String text = "一。二。三";
		breaks.setText(text);
		assertThat(breaks.following(0)).isEqualTo(2);
		assertThat(breaks.following(2)).isEqualTo(4);
		assertThat(breaks.following(4)).isEqualTo(5);
		assertThat(breaks.following(5)).isEqualTo(BreakIterator.DONE);
		assertThat(breaks.preceding(5)).isEqualTo(4);
		assertThat(breaks.preceding(3)).isEqualTo(2);
		assertThat(breaks.preceding(2)).isEqualTo(0);
		assertThat(breaks.preceding(0)).isEqualTo(BreakIterator.DONE);
		assertThat(breaks.isBoundary(2)).isTrue();
		assertThat(breaks.isBoundary(1)).isFalse();
	}

	@Test
	void isOneSentenceWithoutStops() {
		assertThat(sentences("no stop here")).containsExactly("no stop here");
		assertThat(sentences("")).isEmpty();
	}

	private static List<String> sentences(String text) {
		BreakIterator breaks = new SentenceBreaks();
		breaks.setText(text);
		List<String> sentences = new ArrayList<>();
		int start = breaks.first();
		for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
			sentences.add(text.substring(start, end));
		}
		return sentences;
	}

}
