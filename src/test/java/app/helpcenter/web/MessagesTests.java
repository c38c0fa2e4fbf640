package app.helpcenter.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every interface string is translated, and templates hold no text of their own.
 */
class MessagesTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([a-zA-Z0-9.]+)}");

	@Test
	void everyLocaleHasEveryKey() throws IOException {
		Properties english = load("/messages.properties");
		List<Path> bundles;
		try (Stream<Path> files = Files.list(Path.of("src/main/resources"))) {
			bundles = files.filter((file) -> file.getFileName().toString().matches("messages_.+\\.properties")).toList();
		}
		assertThat(bundles).extracting((file) -> file.getFileName().toString())
			.contains("messages_zh_TW.properties", "messages_zh_CN.properties", "messages_ja_JP.properties");
		for (Path bundle : bundles) {
			Properties translated = load("/" + bundle.getFileName());
			assertThat(translated.stringPropertyNames()).as(bundle.toString())
				.containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
			assertThat(translated.values()).as(bundle.toString())
				.allSatisfy((value) -> assertThat(value.toString()).isNotBlank());
		}
	}

	@Test
	void everyKeyUsedInTemplatesExists() throws IOException {
		Properties english = load("/messages.properties");
		for (Path template : templates()) {
			Matcher matcher = MESSAGE_KEY.matcher(Files.readString(template));
			while (matcher.find()) {
				assertThat(english).as("%s uses %s", template, matcher.group(1)).containsKey(matcher.group(1));
			}
		}
	}

	@Test
	void templatesHaveNoTextThatIsNotReplaced() throws IOException {
		List<String> untranslated = new ArrayList<>();
		for (Path template : templates()) {
			Document document = Jsoup.parse(Files.readString(template));
			for (Element element : document.getAllElements()) {
				boolean replaced = element.hasAttr("th:text") || element.hasAttr("th:utext")
						|| element.hasAttr("th:replace") || element.parents().stream().anyMatch((parent) -> parent.hasAttr("th:text")
								|| parent.hasAttr("th:utext") || parent.hasAttr("th:replace"));
				for (TextNode text : element.textNodes()) {
					if (!text.isBlank() && !replaced) {
						untranslated.add(template.getFileName() + ": " + text.text().strip());
					}
				}
			}
		}
		assertThat(untranslated).isEmpty();
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter((file) -> file.toString().endsWith(".html")).toList();
		}
	}

	private static Properties load(String resource) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessagesTests.class.getResourceAsStream(resource);
				Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
