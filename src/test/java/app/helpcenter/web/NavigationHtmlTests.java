package app.helpcenter.web;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import app.helpcenter.render.Navigation;
import app.helpcenter.render.Navigation.Item;

import static org.assertj.core.api.Assertions.assertThat;

class NavigationHtmlTests {

	private static final Navigation NAVIGATION = new Navigation(List.of(
			new Item("<b>Start</b> & go", null, "/zh-tw/docs/start?a=1&b=2", "docs/start", List.of(), Set.of("docs/start")),
			new Item("入門", "zh-Hant-TW", null, null,
					List.of(new Item("Next", null, "/zh-tw/docs/next", "docs/next", List.of(), Set.of("docs/next"))),
					Set.of("docs/next"))));

	@Test
	void marksTheCurrentArticleAndOpensItsBranch() {
		assertThat(new NavigationHtml(NAVIGATION).render("docs/next")).isEqualTo("<ul class=\"toc-list\">"
				+ "<li><a href=\"/zh-tw/docs/start?a=1&amp;b=2\">&lt;b&gt;Start&lt;/b&gt; &amp; go</a></li>"
				+ "<li class=\"toc-group\"><details open><summary><span lang=\"zh-Hant-TW\">入門</span></summary><ul class=\"toc-list\">"
				+ "<li><a href=\"/zh-tw/docs/next\" aria-current=\"page\">Next</a></li></ul></details></li></ul>");
	}

	@Test
	void putsTheExpandControlOfAGroupWithALinkBesideTheLinkNotAroundIt() {
		Navigation linked = new Navigation(List.of(new Item("Billing", "en-US", "/zh-tw/docs/billing", "docs/billing",
				List.of(new Item("Invoices", null, "/zh-tw/docs/invoices", "docs/invoices", List.of(),
						Set.of("docs/invoices"))),
				Set.of("docs/billing", "docs/invoices"))));
		assertThat(new NavigationHtml(linked).render("docs/billing")).isEqualTo("<ul class=\"toc-list\">"
				+ "<li class=\"toc-group\"><a href=\"/zh-tw/docs/billing\" lang=\"en-US\" aria-current=\"page\">Billing</a>"
				+ "<details open><summary><span class=\"visually-hidden\" lang=\"en-US\">Billing</span></summary>"
				+ "<ul class=\"toc-list\"><li><a href=\"/zh-tw/docs/invoices\">Invoices</a></li></ul></details></li></ul>");
	}

	@Test
	void leavesOtherBranchesClosed() {
		assertThat(new NavigationHtml(NAVIGATION).render("docs/start")).contains("<details><summary>")
			.contains("<a href=\"/zh-tw/docs/start?a=1&amp;b=2\" aria-current=\"page\">");
	}

}
