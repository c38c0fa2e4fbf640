package app.helpcenter.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SecurityValveTests {

	@ParameterizedTest
	@ValueSource(strings = { "/a;b", "/zh-tw/x;jsessionid=1", "/%2e%2e/etc", "/%2E", "/a%2fb", "/a%2Fb", "/a%5cb", "/a%5Cb",
			"/a%252e", "/a%00", "/a\\b", "/..", "/../x", "/a/../b", "/.", "/./x", "/a/." })
	void refusesPathTricks(String path) {
		assertThat(SecurityValve.isSuspicious(path)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/zh-tw/partner-center/unable-to-sign-in", "/.well-known/security.txt", "/a.b/c..d",
			"/...", "/a/...b", "/search?q=..", "/%E4%B8%AD", "/a%2", "/a%", "/a%20b" })
	void letsOrdinaryPathsThrough(String path) {
		assertThat(SecurityValve.isSuspicious(path)).isFalse();
	}

}
