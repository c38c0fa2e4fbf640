package app.helpcenter.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;


import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Queries a reader of the 250-article corpus would type, and the article they need among the first three
 * results. Skipped, not passed, where the corpus is not beside the checkout.
 */
class SearchRelevanceTests {

	private static final Path CORPUS = Path.of("../shared/corpus/content");

	private static SearchIndex index;

	static Stream<Arguments> queries() {
		return Stream.of(
				// Chinese
				Arguments.of("zh-tw", "忘記密碼", "partner-center/unable-to-sign-in"),
				Arguments.of("zh-tw", "登入", "partner-center/unable-to-sign-in"),
				Arguments.of("zh-tw", "多重要素驗證", "partner-center/partner-security-requirements-mandating-mfa"),
				Arguments.of("zh-tw", "發票", "partner-center/invoice-file"),
				Arguments.of("zh-tw", "對帳檔案", "partner-center/use-the-reconciliation-files"),
				Arguments.of("zh-tw", "新增客戶", "partner-center/add-a-new-customer"),
				Arguments.of("zh-tw", "客戶合約", "partner-center/confirm-customer-agreement"),
				Arguments.of("zh-tw", "稅金", "partner-center/tax-and-tax-exemptions"),
				Arguments.of("zh-tw", "經銷商", "partner-center/indirect-provider-tasks-in-partner-center"),
				Arguments.of("zh-tw", "重設密碼", "partner-center/reset-my-pasword"),
				// English
				Arguments.of("en-us", "reconciliation file", "partner-center/use-the-reconciliation-files"),
				Arguments.of("en-us", "multi-factor authentication", "partner-center/partner-security-requirements-mandating-mfa"),
				Arguments.of("en-us", "invoice", "partner-center/invoice-file"),
				Arguments.of("en-us", "tax exemption", "partner-center/tax-and-tax-exemptions"),
				Arguments.of("en-us", "Azure spending budget", "partner-center/set-an-azure-spending-budget-for-your-customers"),
				Arguments.of("en-us", "reset password", "partner-center/reset-my-pasword"),
				Arguments.of("en-us", "indirect reseller", "partner-center/indirect-provider-tasks-in-partner-center"),
				Arguments.of("en-us", "add a new customer", "partner-center/add-a-new-customer"),
				// Mixed: English words on the Chinese site and Chinese words on the English one
				Arguments.of("zh-tw", "Azure 方案", "partner-center/azure-plan-lp"),
				Arguments.of("zh-tw", "co-sell", "partner-center/co-sell-with-microsoft"),
				Arguments.of("en-us", "共同銷售", "partner-center/co-sell-with-microsoft"),
				Arguments.of("zh-tw", "MFA", "partner-center/partner-security-requirements-mandating-mfa"),
				// Full-width letters, as some Chinese input methods type them
				Arguments.of("en-us", "ｉｎｖｏｉｃｅ", "partner-center/invoice-file"),
				Arguments.of("zh-tw", "ＭＦＡ", "partner-center/partner-security-requirements-mandating-mfa"),
				Arguments.of("zh-tw", "Ａｚｕｒｅ 方案", "partner-center/azure-plan-lp"));
	}

	@AfterAll
	static void closeIndex() {
		if (index != null) {
			index.close();
		}
	}

	@BeforeAll
	static void build() {
		if (Files.isDirectory(CORPUS)) {
			index = TestIndexes.of(CORPUS, 20);
		}
	}

	@BeforeEach
	void requireCorpus() {
		assumeTrue(index != null, "corpus not found at " + CORPUS.toAbsolutePath().normalize());
	}

	@ParameterizedTest(name = "{1} ({0}) finds {2}")
	@MethodSource("queries")
	void findsTheExpectedArticleInTheTopThree(String locale, String query, String article) {
		assertThat(index.search(locale, query).orElseThrow().hits().stream().limit(3).map(SearchResults.Hit::url))
			.contains("/" + locale + "/" + article);
	}

}
