package app.helpcenter.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;

import app.helpcenter.render.Pages;

@Configuration(proxyBeanMethods = false)
class WebConfiguration {

	@Bean
	LocaleResolver localeResolver(Pages pages) {
		return new SiteLocaleResolver(pages);
	}

}
