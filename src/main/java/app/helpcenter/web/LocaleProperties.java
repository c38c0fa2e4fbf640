package app.helpcenter.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Which locale a reader gets whose browser asks for none of those served.
 *
 * @param defaultLocale a locale folder name ({@code en-us}, {@code zh-tw}); when it is not served, English is
 * used, or the first locale served
 */
@Validated
@ConfigurationProperties("helpcenter")
public record LocaleProperties(@NotNull @Pattern(regexp = "[a-z]{2,3}-[a-z0-9]{2,8}",
		message = "must be a locale folder name such as en-us or zh-tw") @DefaultValue("en-us") String defaultLocale) {
}
