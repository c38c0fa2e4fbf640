package app.helpcenter.render;

import java.util.Locale;

/**
 * Interface text that rendering puts into articles (alert labels), by message key.
 */
@FunctionalInterface
public interface Messages {

	String get(String key, Locale locale);

}
