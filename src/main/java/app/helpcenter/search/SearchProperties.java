package app.helpcenter.search;

import java.nio.file.Path;
import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.hibernate.validator.constraints.time.DurationMin;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Limits of the search page, and where its index is kept.
 *
 * @param maxQueryLength longest query searched, in characters; the rest is ignored
 * @param maxResults most results shown
 * @param indexFolder where the index is written (in a temporary folder of its own, deleted when the
 * application stops); the system's temporary folder when not set
 * @param timeLimit longest a query may search; one that finds nothing in that time is answered with 400
 * @param cachedResponses how many search pages and suggestion lists each snapshot of the site keeps for the
 * queries readers repeat; 0 keeps none
 */
@Validated
@ConfigurationProperties("helpcenter.search")
public record SearchProperties(@Min(1) @Max(500) @DefaultValue("100") int maxQueryLength,
		@Min(1) @Max(100) @DefaultValue("10") int maxResults, @Nullable Path indexFolder,
		@NotNull @DurationMin(millis = 1) @DefaultValue("1s") Duration timeLimit,
		@Min(0) @Max(1_000_000) @DefaultValue("10000") int cachedResponses) {

	/** The folder to write the index in. */
	Path indexParent() {
		return (this.indexFolder != null) ? this.indexFolder : Path.of(System.getProperty("java.io.tmpdir"));
	}

}
