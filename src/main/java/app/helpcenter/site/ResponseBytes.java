package app.helpcenter.site;

import java.nio.ByteBuffer;

/**
 * A response made once and written as bytes to every reader: its gzip form, its HTML, and a strong ETag for
 * each coding.
 */
public interface ResponseBytes {

	/** The gzip form, as a buffer of its own. */
	ByteBuffer gzip();

	/** The HTML, uncompressed. */
	byte[] html();

	/** The length of the HTML, uncompressed. */
	int htmlLength();

	/** The strong ETag of the HTML. */
	String etag();

	/** Each content coding is a different representation and needs its own strong ETag. */
	default String gzipEtag() {
		return etag().substring(0, etag().length() - 1) + "-gzip\"";
	}

}
