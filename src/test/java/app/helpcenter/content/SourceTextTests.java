package app.helpcenter.content;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SourceTextTests {

	@Test
	void dropsByteOrderMark() throws ContentException {
		byte[] bytes = "\uFEFF---\ntitle: x\n---\n".getBytes(StandardCharsets.UTF_8);
		assertThat(SourceText.decode(bytes)).startsWith("---\n");
	}

	@Test
	void turnsCrLfAndCrIntoLf() throws ContentException {
		byte[] bytes = "a\r\nb\rc\n".getBytes(StandardCharsets.UTF_8);
		assertThat(SourceText.decode(bytes)).isEqualTo("a\nb\nc\n");
	}

	@Test
	void keepsChineseText() throws ContentException {
		assertThat(SourceText.decode("登入問題，忘記密碼".getBytes(StandardCharsets.UTF_8))).isEqualTo("登入問題，忘記密碼");
	}

	@Test
	void rejectsInvalidUtf8WithLineAndOffset() {
		byte[] bytes = { 'a', '\n', 'b', '\n', (byte) 0xC3, '(' };
		assertThatExceptionOfType(ContentException.class).isThrownBy(() -> SourceText.decode(bytes))
			.withMessage("invalid UTF-8 (byte 0xC3 at offset 4)")
			.satisfies((ex) -> assertThat(ex.line()).isEqualTo(3));
	}

	@Test
	void rejectsOverlongEncoding() {
		byte[] bytes = { (byte) 0xC0, (byte) 0xAF };
		assertThatExceptionOfType(ContentException.class).isThrownBy(() -> SourceText.decode(bytes))
			.withMessageStartingWith("invalid UTF-8");
	}

	@Test
	void rejectsAnEncodedSurrogate() {
		byte[] bytes = { 'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80 };
		assertThatExceptionOfType(ContentException.class).isThrownBy(() -> SourceText.decode(bytes))
			.withMessage("invalid UTF-8 (byte 0xED at offset 1)");
	}

	@Test
	void keepsAReplacementCharacterTheFileHolds() throws ContentException {
		assertThat(SourceText.decode("壞\uFFFD字\r\n".getBytes(StandardCharsets.UTF_8))).isEqualTo("壞\uFFFD字\n");
	}

	@Test
	void rejectsAnInvalidByteAfterAReplacementCharacterTheFileHolds() {
		byte[] valid = "\uFFFD\n".getBytes(StandardCharsets.UTF_8);
		byte[] bytes = Arrays.copyOf(valid, valid.length + 1);
		bytes[valid.length] = (byte) 0xFF;
		assertThatExceptionOfType(ContentException.class).isThrownBy(() -> SourceText.decode(bytes))
			.withMessage("invalid UTF-8 (byte 0xFF at offset 4)")
			.satisfies((ex) -> assertThat(ex.line()).isEqualTo(2));
	}

	@Test
	void rejectsNulWithLineAndColumn() {
		byte[] bytes = "first\nse\0cond".getBytes(StandardCharsets.UTF_8);
		assertThatExceptionOfType(ContentException.class).isThrownBy(() -> SourceText.decode(bytes))
			.withMessage("NUL character in text")
			.satisfies((ex) -> {
				assertThat(ex.line()).isEqualTo(2);
				assertThat(ex.column()).isEqualTo(3);
			});
	}

}
