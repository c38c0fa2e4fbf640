package app.helpcenter.feedback;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpamScoreTests {

	@Test
	void readersWordsScoreHighInThePagesLanguages() {
		assertThat(SpamScore.of(null, "zh-tw")).isEqualTo(100);
		assertThat(SpamScore.of("步驟 3 的按鈕找不到", "zh-tw")).isEqualTo(100);
		assertThat(SpamScore.of("The phone number in step 3 is wrong", "zh-tw")).isEqualTo(100);
		assertThat(SpamScore.of("電話番号が見つかりません", "ja-jp")).isEqualTo(100);
		assertThat(SpamScore.of("See https://learn.microsoft.com/partner-center for the right steps", "en-us"))
			.isEqualTo(60);
	}

	@Test
	void linksOnlyAddressesOnlyOneWordRepeatsAndOtherScriptsScoreLow() {
		int threshold = 50;
		assertThat(SpamScore.of("https://spam.example/buy", "en-us")).isZero();
		assertThat(SpamScore.of("www.spam.example  http://x.example", "zh-tw")).isZero();
		assertThat(SpamScore.of("winner@spam.example", "en-us")).isZero();
		assertThat(SpamScore.of("great", "en-us")).isLessThan(threshold);
		assertThat(SpamScore.of("好", "zh-tw")).isLessThan(threshold);
		assertThat(SpamScore.of("aaaaaaaaaaaaaaaa help", "en-us")).isLessThan(threshold);
		assertThat(SpamScore.of("Купите дешевые часы прямо сейчас", "en-us")).isLessThan(threshold);
		assertThat(SpamScore.of("cheap http://a.example http://b.example http://c.example now", "en-us"))
			.isLessThan(threshold);
		// Chinese on an English page is not a page language there.
		assertThat(SpamScore.of("這是中文的意見回饋內容", "en-us")).isLessThan(threshold);
	}

}
