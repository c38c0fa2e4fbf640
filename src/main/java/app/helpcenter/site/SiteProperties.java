package app.helpcenter.site;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where the site keeps what it prepares.
 *
 * @param responseFolder where prepared responses are kept out of the heap (in temporary folders of their own,
 * deleted as soon as they are mapped into memory); the system's temporary folder when not set
 */
@Validated
@ConfigurationProperties("helpcenter.site")
public record SiteProperties(@Nullable Path responseFolder) {

	/** The folder to keep prepared responses in. */
	Path responseStoreFolder() {
		return (this.responseFolder != null) ? this.responseFolder : Path.of(System.getProperty("java.io.tmpdir"));
	}

}
