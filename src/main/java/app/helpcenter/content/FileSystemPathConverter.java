package app.helpcenter.content;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/**
 * Binds path settings as plain file system paths. Spring's default conversion goes through a resource
 * lookup that rejects relative paths such as {@code ../shared/corpus/content}.
 */
@Component
@ConfigurationPropertiesBinding
class FileSystemPathConverter implements Converter<String, Path> {

	@Override
	public Path convert(String source) {
		return Path.of(source);
	}

}
