package app.helpcenter.search;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Limits of the search page.
 *
 * @param maxQueryLength longest query searched, in characters; the rest is ignored
 * @param maxResults most results shown
 */
@Validated
@ConfigurationProperties("helpcenter.search")
public record SearchProperties(@Min(1) @Max(500) @DefaultValue("100") int maxQueryLength,
		@Min(1) @Max(100) @DefaultValue("10") int maxResults) {
}
