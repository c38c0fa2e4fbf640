package app.helpcenter.content;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class FrontMatterParserTests {

	@Test
	void splitsFrontMatterFromBody() throws ContentException {
		FrontMatterParser.Parsed parsed = FrontMatterParser.parse("---\ntitle: 標題\n---\n# Heading\n");
		assertThat(parsed.frontMatter().title()).contains("標題");
		assertThat(parsed.body()).isEqualTo("# Heading\n");
		assertThat(parsed.bodyLine()).isEqualTo(4);
	}

	@Test
	void matchesKnownKeysIgnoringCase() throws ContentException {
		FrontMatter frontMatter = parse("Description: 說明\nKeywords: a, b\nTITLE: t");
		assertThat(frontMatter.description()).contains("說明");
		assertThat(frontMatter.keywords()).containsExactly("a", "b");
		assertThat(frontMatter.title()).contains("t");
	}

	@Test
	void splitsKeywordsOnAsciiAndFullWidthCommas() throws ContentException {
		assertThat(parse("keywords: 登入問題，忘記密碼，密碼").keywords()).containsExactly("登入問題", "忘記密碼", "密碼");
		assertThat(parse("keywords: password,  sign in ,").keywords()).containsExactly("password", "sign in");
	}

	@Test
	void readsKeywordsWrittenAsList() throws ContentException {
		assertThat(parse("keywords:\n  - one\n  - 二，三").keywords()).containsExactly("one", "二", "三");
	}

	@Test
	void keepsEveryValueAsText() throws ContentException {
		FrontMatter frontMatter = parse("ms.date: 04/08/2020\nflag: no\nid: 0123\nversion: 1.10\nwhen: 2020-04-08\n"
				+ "ms.locfileid: \"81123252\"\nempty:");
		assertThat(frontMatter.value("ms.date")).contains("04/08/2020");
		assertThat(frontMatter.value("flag")).contains("no");
		assertThat(frontMatter.value("id")).contains("0123");
		assertThat(frontMatter.value("version")).contains("1.10");
		assertThat(frontMatter.value("when")).contains("2020-04-08");
		assertThat(frontMatter.value("ms.locfileid")).contains("81123252");
		assertThat(frontMatter.value("empty")).isEmpty();
	}

	@Test
	void parsesMsDateAsMonthDayYear() throws ContentException {
		assertThat(parse("ms.date: 04/08/2020").date()).contains(LocalDate.of(2020, 4, 8));
		assertThat(parse("ms.date: 2019-12-31").date()).contains(LocalDate.of(2019, 12, 31));
		assertThat(parse("ms.date: someday").date()).isEmpty();
	}

	@Test
	void recognisesMachineTranslation() throws ContentException {
		assertThat(parse("ms.translationtype: MT").machineTranslated()).isTrue();
		assertThat(parse("ms.translationtype: MTE95").machineTranslated()).isTrue();
		assertThat(parse("ms.translationtype: HT").machineTranslated()).isFalse();
	}

	@Test
	void treatsTextWithoutFrontMatterAsBody() throws ContentException {
		FrontMatterParser.Parsed parsed = FrontMatterParser.parse("# Just a heading\n\n---\n");
		assertThat(parsed.frontMatter()).isEqualTo(FrontMatter.EMPTY);
		assertThat(parsed.body()).isEqualTo("# Just a heading\n\n---\n");
		assertThat(parsed.bodyLine()).isEqualTo(1);
	}

	@Test
	void rejectsUnclosedFrontMatter() {
		assertThatExceptionOfType(ContentException.class)
			.isThrownBy(() -> FrontMatterParser.parse("---\ntitle: x\n# Heading\n"))
			.withMessage("front matter opened with '---' on line 1 is never closed");
	}

	@Test
	void reportsMalformedYamlWithFileLineAndColumn() {
		assertThatExceptionOfType(ContentException.class)
			.isThrownBy(() -> FrontMatterParser.parse("---\ntitle: ok\ndescription: [unclosed\n---\nbody"))
			.satisfies((ex) -> {
				assertThat(ex.getMessage()).startsWith("front matter: ");
				assertThat(ex.line()).isEqualTo(4);
				assertThat(ex.column()).isPositive();
			});
	}

	@Test
	void rejectsKeysThatDifferOnlyInCase() {
		assertThatExceptionOfType(ContentException.class)
			.isThrownBy(() -> FrontMatterParser.parse("---\nkeywords: a\nKeywords: b\n---\n"))
			.withMessage("front matter: key 'Keywords' appears twice (keys ignore case)")
			.satisfies((ex) -> assertThat(ex.line()).isEqualTo(3));
	}

	@Test
	void rejectsTagsNamingTypes() {
		assertThatExceptionOfType(ContentException.class)
			.isThrownBy(() -> FrontMatterParser.parse("---\ntitle: !!java.io.File /etc/passwd\n---\n"))
			.withMessage("front matter: Global tag is not allowed: tag:yaml.org,2002:java.io.File")
			.satisfies((ex) -> assertThat(ex.line()).isEqualTo(2));
	}

	@Test
	void rejectsStandardTagsOtherThanText() {
		assertThatExceptionOfType(ContentException.class)
			.isThrownBy(() -> FrontMatterParser.parse("---\ntitle: t\ncount: !!int 5\n---\n"))
			.withMessage("front matter: tag 'tag:yaml.org,2002:int' is not allowed, values are plain text")
			.satisfies((ex) -> assertThat(ex.line()).isEqualTo(3));
	}

	@Test
	void rejectsNestedMaps() {
		assertThatExceptionOfType(ContentException.class)
			.isThrownBy(() -> FrontMatterParser.parse("---\ntitle:\n  en: x\n---\n"))
			.withMessage("front matter: 'title' must be text or a list of texts");
	}

	@Test
	void rejectsFrontMatterThatIsNotAMap() {
		assertThatExceptionOfType(ContentException.class).isThrownBy(() -> FrontMatterParser.parse("---\n- a\n---\n"))
			.withMessage("front matter: must be a map of 'key: value' lines");
	}

	private static FrontMatter parse(String yaml) throws ContentException {
		return FrontMatterParser.parse("---\n" + yaml + "\n---\n").frontMatter();
	}

}
