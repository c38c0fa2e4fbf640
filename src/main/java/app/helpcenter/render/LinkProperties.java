package app.helpcenter.render;

import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where links to articles that are not loaded here go.
 *
 * @param upstream the public docs site, {@code {locale}} standing for the page's locale
 */
@Validated
@ConfigurationProperties("helpcenter.links")
public record LinkProperties(
		@Pattern(regexp = "https?://[^\\s]+", message = "must be an http or https URL") @DefaultValue("https://learn.microsoft.com/{locale}/") String upstream) {
}
