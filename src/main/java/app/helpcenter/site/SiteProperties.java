package app.helpcenter.site;

import java.nio.file.Path;
import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the site keeps what it prepares.
 *
 * @param responseFolder where prepared responses are kept out of the heap (in temporary folders of their own,
 * deleted as soon as they are mapped into memory); the system's temporary folder when not set
 * @param lazyStart whether the site answers as soon as it has read the content, rendering each article when
 * first asked for while every page is prepared and search is built in the background (readiness is UP once they
 * are); otherwise the web server starts only once everything is prepared
 * @param waitWhilePreparing how long a request that needs every article (search, suggestions, a locale's list of
 * articles, the authors' findings) waits for them during a lazy start before it is answered 503 with a
 * {@code Retry-After}
 */
@Validated
@ConfigurationProperties("helpcenter.site")
public record SiteProperties(@Nullable Path responseFolder, @DefaultValue("true") boolean lazyStart,
		@NotNull @DefaultValue("5s") Duration waitWhilePreparing) {

	/** The folder to keep prepared responses in. */
	Path responseStoreFolder() {
		return (this.responseFolder != null) ? this.responseFolder : Path.of(System.getProperty("java.io.tmpdir"));
	}

}
