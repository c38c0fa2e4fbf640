package app.helpcenter.render;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LinkResolverTests {

	private static final Set<String> LOADED = Set.of("zh-tw:partner-center/verification-responses",
			"zh-tw:partner-center/index", "zh-tw:azure/overview", "zh-tw:hub/");

	private final LinkResolver resolver = new LinkResolver("https://learn.microsoft.com/{locale}/",
			(locale, path) -> LOADED.contains(locale + ":" + path));

	@Test
	void keepsExternalLinksExactly() {
		String support = "https://docs.microsoft.com/microsoft-365/admin/contact-support-for-business-products"
				+ "?view=o365-worldwide&tabs=phone#ID0EAADAAA=Phone_support_";
		assertThat(resolve(support, "zh-tw")).isEqualTo(support);
		assertThat(resolve("mailto:help@example.com?subject=Hi", "zh-tw")).isEqualTo("mailto:help@example.com?subject=Hi");
		assertThat(resolve("//cdn.example.com/x.png", "zh-tw")).isEqualTo("//cdn.example.com/x.png");
	}

	@Test
	void keepsFragments() {
		assertThat(resolve("#see-more", "en-us")).isEqualTo("#see-more");
	}

	@Test
	void sendsLoadedArticleToItsPageInTheSameLanguage() {
		assertThat(resolve("verification-responses.md", "zh-tw")).isEqualTo("/zh-tw/partner-center/verification-responses");
		assertThat(resolve("verification-responses.md", "en-us")).isEqualTo("/en-us/partner-center/verification-responses");
	}

	@Test
	void keepsQueryAndFragmentOfLocalLinks() {
		assertThat(resolve("./verification-responses.md?tabs=a#step-2", "zh-tw"))
			.isEqualTo("/zh-tw/partner-center/verification-responses?tabs=a#step-2");
	}

	@Test
	void sendsMissingArticleToUpstreamInThePageLocale() {
		assertThat(resolve("reset-my-pasword.md", "zh-tw")).isEqualTo("https://learn.microsoft.com/zh-tw/partner-center/reset-my-pasword");
		assertThat(resolve("reset-my-pasword.md#steps", "en-us"))
			.isEqualTo("https://learn.microsoft.com/en-us/partner-center/reset-my-pasword#steps");
	}

	@Test
	void resolvesParentFolders() {
		assertThat(resolve("../azure/overview.md", "zh-tw")).isEqualTo("/zh-tw/azure/overview");
		assertThat(resolve("../../../../outside.md", "zh-tw")).isEqualTo("https://learn.microsoft.com/zh-tw/outside");
	}

	@Test
	void resolvesSiteRelativeLinksFromTheLocaleRoot() {
		assertThat(resolve("/azure/overview", "en-us")).isEqualTo("/en-us/azure/overview");
		assertThat(resolve("/azure/active-directory/fundamentals?view=x#y", "zh-tw"))
			.isEqualTo("https://learn.microsoft.com/zh-tw/azure/active-directory/fundamentals?view=x#y");
	}

	@Test
	void pointsImagesAtTheArticlesOwnLocaleFolderInEveryView() {
		// Served from there when the repository has the image, sent upstream when it has not (web/RepositoryImages).
		assertThat(resolve("images/pci/roles.png", "zh-tw")).isEqualTo("/zh-tw/partner-center/images/pci/roles.png");
		assertThat(resolve("../media/a b.PNG?raw=1", "en-us")).isEqualTo("/zh-tw/media/a%20b.PNG?raw=1");
		assertThat(resolve("https://example.com/x.png", "zh-tw")).isEqualTo("https://example.com/x.png");
	}

	@Test
	void mapsIndexPagesToTheirFolder() {
		assertThat(resolve("index.yml", "zh-tw")).isEqualTo("/zh-tw/partner-center/index");
		assertThat(resolve("../other/index.md", "en-us")).isEqualTo("https://learn.microsoft.com/en-us/other/");
	}

	@Test
	void sendsIndexLinksToTheLocalLandingPage() {
		assertThat(resolve("../hub/index.yml#top", "en-us")).isEqualTo("/en-us/hub/#top");
	}

	@Test
	void recognisesExternalLinks() {
		assertThat(LinkResolver.isExternal("https://example.com")).isTrue();
		assertThat(LinkResolver.isExternal("//example.com")).isTrue();
		assertThat(LinkResolver.isExternal("/zh-tw/x")).isFalse();
		assertThat(LinkResolver.isExternal("x.md")).isFalse();
	}

	private String resolve(String href, String pageLocale) {
		return this.resolver.resolve(href, "zh-tw", "partner-center/unable-to-sign-in", pageLocale);
	}

}
