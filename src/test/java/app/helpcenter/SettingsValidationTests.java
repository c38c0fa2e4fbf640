package app.helpcenter;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;

import app.helpcenter.content.ContentProperties;
import app.helpcenter.feedback.FeedbackProperties;
import app.helpcenter.search.SearchProperties;
import app.helpcenter.web.AdminProperties;
import app.helpcenter.web.WebProperties;

import static org.assertj.core.api.Assertions.assertThat;

/** Settings that make no sense are refused when the application starts, with a message naming them. */
class SettingsValidationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(Settings.class);

	@Test
	void acceptsTheDefaults() {
		this.runner.run((context) -> assertThat(context).hasNotFailed()
			.getBean(ContentProperties.class)
			.satisfies((content) -> assertThat(content.maxFileSize().toBytes()).isEqualTo(1024 * 1024)));
	}

	@Test
	void refusesSizesAndDurationsThatAreNotPositive() {
		refuses("helpcenter.content.max-file-size=-1B", "maxFileSize", "must be more than 0 bytes");
		refuses("helpcenter.content.max-file-size=0", "maxFileSize", "must be more than 0 bytes");
		refuses("helpcenter.content.render-timeout=-5s", "renderTimeout", "must be longer than or equal to");
		refuses("helpcenter.content.render-timeout=0s", "renderTimeout", "must be longer than or equal to");
		refuses("helpcenter.web.max-age=-1m", "maxAge", "must be longer than or equal to");
		refuses("helpcenter.web.stale-while-revalidate=-1s", "staleWhileRevalidate", "must be longer than or equal to");
		refuses("helpcenter.search.time-limit=0s", "timeLimit", "must be longer than or equal to");
	}

	@Test
	void refusesAnAdminPasswordInPlainText() {
		refuses("helpcenter.admin.password=hunter2hunter2", "password", "never plain text");
		refuses("helpcenter.admin.password={noop}hunter2hunter2", "password", "never plain text");
		this.runner.withPropertyValues("helpcenter.admin.username=operator",
				"helpcenter.admin.password={bcrypt}$2a$10$tiIGZ3L6CsqHe5HGOvUPxu4vBNdOY8Te6lQ7cv0JEl9gcudM.HKba")
			.run((context) -> assertThat(context.getBean(AdminProperties.class).enabled()).isTrue());
		this.runner.run((context) -> assertThat(context.getBean(AdminProperties.class).enabled()).isFalse());
	}

	@Test
	void refusesFeedbackLimitsThatAllowNothing() {
		refuses("helpcenter.feedback.posts-per-client=0", "postsPerClient", "must be greater than or equal to 1");
		refuses("helpcenter.feedback.spam-threshold=101", "spamThreshold", "must be less than or equal to 100");
	}

	private void refuses(String setting, String field, String message) {
		this.runner.withPropertyValues(setting).run((context) -> {
			assertThat(context).as(setting).hasFailed();
			assertThat(context.getStartupFailure()).as(setting).rootCause().hasMessageContaining(field)
				.hasMessageContaining(message);
		});
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties({ ContentProperties.class, WebProperties.class, SearchProperties.class,
			AdminProperties.class, FeedbackProperties.class })
	static class Settings {

		@Bean
		@ConfigurationPropertiesBinding
		static Converter<String, Path> paths() {
			return Path::of;
		}

	}

}
