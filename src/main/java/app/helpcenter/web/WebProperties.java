package app.helpcenter.web;

import java.nio.file.Path;
import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.hibernate.validator.constraints.time.DurationMin;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long browsers and shared caches may keep article pages, and where their prepared responses are kept.
 *
 * @param maxAge how long a page is fresh
 * @param staleWhileRevalidate how long after that a cache may still serve it while it fetches a new one
 * @param responseFolder where the prepared responses are kept out of the heap (in a temporary folder of their
 * own, deleted as soon as they are mapped into memory); the system's temporary folder when not set
 */
@Validated
@ConfigurationProperties("helpcenter.web")
public record WebProperties(@NotNull @DurationMin(seconds = 0) @DefaultValue("5m") Duration maxAge,
		@NotNull @DurationMin(seconds = 0) @DefaultValue("1d") Duration staleWhileRevalidate,
		@Nullable Path responseFolder) {

	/** The folder to keep prepared responses in. */
	Path responseStoreFolder() {
		return (this.responseFolder != null) ? this.responseFolder : Path.of(System.getProperty("java.io.tmpdir"));
	}

	/** The {@code Cache-Control} value of article pages. */
	String cacheControl() {
		return "public, max-age=" + this.maxAge.toSeconds() + ", stale-while-revalidate="
				+ this.staleWhileRevalidate.toSeconds();
	}

}
