package app.helpcenter.web;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long browsers and shared caches may keep article pages.
 *
 * @param maxAge how long a page is fresh
 * @param staleWhileRevalidate how long after that a cache may still serve it while it fetches a new one
 */
@Validated
@ConfigurationProperties("helpcenter.web")
public record WebProperties(@NotNull @DurationMin(seconds = 0) @DefaultValue("5m") Duration maxAge,
		@NotNull @DurationMin(seconds = 0) @DefaultValue("1d") Duration staleWhileRevalidate) {

	/**
	 * The {@code Cache-Control} value of article pages; with a max age of 0 (an author's preview), {@code no-cache}:
	 * every view asks the server, which answers {@code 304} while the page is unchanged.
	 */
	String cacheControl() {
		if (this.maxAge.isZero()) {
			return "no-cache";
		}
		return "public, max-age=" + this.maxAge.toSeconds() + ", stale-while-revalidate="
				+ this.staleWhileRevalidate.toSeconds();
	}

}
