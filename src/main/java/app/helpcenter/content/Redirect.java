package app.helpcenter.content;

/**
 * One entry of a locale's {@code .openpublishing.redirection.json}: an old article path and where it moved.
 *
 * @param locale the locale folder the redirection file belongs to
 * @param sourcePath the old path below the locale root, without {@code .md}
 * @param redirectUrl the target as written: an absolute URL, or a path from the docs site root
 */
public record Redirect(String locale, String sourcePath, String redirectUrl) {
}
