package app.helpcenter.content;

import java.nio.file.Path;


import org.junit.jupiter.api.Test;

import app.helpcenter.content.TableOfContents.Entry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class TocParserTests {

	@Test
	void nestsEntriesByHeadingLevel() {
		TableOfContents toc = parse("""
				# [關於](index.yml)
				# 入門
				## [建立帳戶](create.md)
				### [細節](details.md "title")
				## [第二篇](second.md)
				# [最後](last.md)
				""");
		assertThat(toc.entries()).extracting(Entry::title).containsExactly("關於", "入門", "最後");
		Entry start = toc.entries().get(1);
		assertThat(start.href()).isNull();
		assertThat(start.children()).extracting(Entry::title, Entry::href)
			.containsExactly(tuple("建立帳戶", "create.md"),
					tuple("第二篇", "second.md"));
		assertThat(start.children().get(0).children()).extracting(Entry::href).containsExactly("details.md");
	}

	@Test
	void keepsEntriesThatSkipALevelUnderTheNearestParent() {
		TableOfContents toc = parse("# A\n### [deep](deep.md)\n## [B](b.md)\n");
		assertThat(toc.entries().get(0).children()).extracting(Entry::title).containsExactly("deep", "B");
	}

	@Test
	void ignoresLinesThatAreNotHeadingsAndUnescapesTitles() {
		TableOfContents toc = parse("Intro text\n\n- [not](an-entry.md)\n# [C\\# and \\[x\\]](c.md)\n#\n");
		assertThat(toc.entries()).extracting(Entry::title).containsExactly("C# and [x]");
	}

	@Test
	void treatsEmptyLinkAsSectionTitle() {
		assertThat(parse("# [Title]()\n").entries().get(0).href()).isNull();
	}

	private static TableOfContents parse(String text) {
		TableOfContents toc = TocParser.parse("zh-tw", "docs", Path.of("zh-tw/docs/TOC.md"), text);
		assertThat(toc.locale()).isEqualTo("zh-tw");
		assertThat(toc.folder()).isEqualTo("docs");
		return toc;
	}


}
