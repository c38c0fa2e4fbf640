package app.helpcenter.content;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class CompactTextTests {

	@ParameterizedTest
	@ValueSource(strings = { "", "a", "<span data-ttu-id=\"1\">無法登入</span>", "𠀀 surrogate pairs 😀", "\u0000\r\n" })
	void givesBackTheTextItKeeps(String text) {
		assertThat(CompactText.of(text).toString()).isEqualTo(text);
	}

	@ParameterizedTest
	@ValueSource(ints = { 10, 100, 10_000 })
	void keepsRepetitiveBilingualMarkupInLessRoomThanItsBytes(int repeats) {
		String text = "<span data-ttu-id=\"42\">請重設密碼。</span><span class=\"sxs-lookup\"><span data-stu-id=\"42\">"
				+ "Reset your password.</span></span>\n";
		CompactText compact = CompactText.of(text.repeat(repeats));
		assertThat(compact.toString()).isEqualTo(text.repeat(repeats));
		assertThat(compact.compactSize()).isLessThan(text.repeat(repeats).length() / 4);
	}

}
