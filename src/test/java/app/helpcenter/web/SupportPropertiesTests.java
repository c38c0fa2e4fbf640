package app.helpcenter.web;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.context.properties.bind.validation.ValidationBindHandler;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The "Still need help?" routes as the settings bind them: per locale, a fallback, and only web links. */
class SupportPropertiesTests {

	@Test
	void usesTheFallbackLocaleForALocaleWithoutRoutesOfItsOwn() {
		SupportProperties support = bind(Map.of("helpcenter.support.routes.ZH-TW.phone-url", "https://example.com/tel",
				"helpcenter.support.routes.en-us.form-url", "https://example.com/form",
				"helpcenter.support.routes.en-us.hours", "9 to 5"));
		assertThat(support.routeFor("zh-tw").phoneUrl()).isEqualTo("https://example.com/tel");
		assertThat(support.routeFor("zh-tw").formUrl()).isNull();
		assertThat(support.routeFor("ja-jp").formUrl()).isEqualTo("https://example.com/form");
		assertThat(support.routeFor("ja-jp").hours()).isEqualTo("9 to 5");
	}

	@Test
	void showsNothingWithoutRoutes() {
		assertThat(bind(Map.of("helpcenter.support.fallback-locale", "en-us")).routeFor("zh-tw")).isNull();
		assertThat(new SupportProperties.Route(null, " ", null).isEmpty()).isTrue();
	}

	@Test
	void refusesALinkThatIsNotAWebAddressNamingTheField() {
		assertThatExceptionOfType(Exception.class)
			.isThrownBy(() -> bind(Map.of("helpcenter.support.routes.zh-tw.phone-url", "javascript:alert(1)")))
			.havingRootCause()
			.isInstanceOf(BindValidationException.class)
			.withMessageContaining("helpcenter.support.routes.zh-tw.phone-url")
			.withMessageContaining("must be an http or https URL");
	}

	private static SupportProperties bind(Map<String, String> settings) {
		LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean();
		validator.afterPropertiesSet();
		return new Binder(new MapConfigurationPropertySource(settings))
			.bindOrCreate("helpcenter.support", Bindable.of(SupportProperties.class), new ValidationBindHandler(validator));
	}

}
