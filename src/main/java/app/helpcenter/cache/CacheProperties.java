package app.helpcenter.cache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.jspecify.annotations.Nullable;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

import app.helpcenter.content.PositiveSize;

/**
 * Where renderings are kept between runs ({@code helpcenter.cache.*}).
 *
 * @param folder the render cache's folder; when not set, a folder of the content root's own under the system's
 * temporary folder ({@code helpcenter-render-cache-<hash of the root's real path>})
 * @param maxSize the size the folder is kept within
 */
@Validated
@ConfigurationProperties("helpcenter.cache")
public record CacheProperties(@Nullable Path folder, @NotNull @PositiveSize @DefaultValue("1GB") DataSize maxSize) {

	/** The folder of the cache of one content root. */
	public Path folderFor(Path contentRoot) {
		if (this.folder != null) {
			return this.folder;
		}
		Path root = contentRoot.toAbsolutePath().normalize();
		try {
			root = root.toRealPath();
		}
		catch (IOException ex) {
			// The root is missing: the site says so; its cache is named by the path as given.
		}
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(root.toString().getBytes(StandardCharsets.UTF_8));
			return Path.of(System.getProperty("java.io.tmpdir"), "helpcenter-render-cache-" + HexFormat.of().formatHex(hash, 0, 6));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
