package app.helpcenter.content;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Splits a source text into front matter and Markdown body and parses the front matter with SnakeYAML's
 * safe constructor, without implicit typing: {@code ms.date: 04/08/2020}, {@code no} and {@code 0123} all
 * stay text.
 */
final class FrontMatterParser {

	static final int MAX_FRONT_MATTER_CHARS = 64 * 1024;

	private FrontMatterParser() {
	}

	/** A parsed source: its header, its body and the 1-based line the body starts on. */
	record Parsed(FrontMatter frontMatter, String body, int bodyLine) {
	}

	static Parsed parse(String text) throws ContentException {
		if (!isDelimiter(firstLine(text))) {
			return new Parsed(FrontMatter.EMPTY, text, 1);
		}
		int start = text.indexOf('\n') + 1;
		int lineNumber = 2;
		for (int lineStart = start; lineStart > 0 && lineStart <= text.length(); lineNumber++) {
			int lineEnd = text.indexOf('\n', lineStart);
			String line = (lineEnd < 0) ? text.substring(lineStart) : text.substring(lineStart, lineEnd);
			if (isDelimiter(line) || line.strip().equals("...")) {
				String yaml = text.substring(start, lineStart);
				String body = (lineEnd < 0) ? "" : text.substring(lineEnd + 1);
				return new Parsed(parseYaml(yaml), body, lineNumber + 1);
			}
			lineStart = (lineEnd < 0) ? -1 : lineEnd + 1;
		}
		throw new ContentException("front matter opened with '---' on line 1 is never closed", 1, 1);
	}

	private static String firstLine(String text) {
		int end = text.indexOf('\n');
		return (end < 0) ? text : text.substring(0, end);
	}

	private static boolean isDelimiter(String line) {
		return line.stripTrailing().equals("---");
	}

	/** Parses the YAML between the delimiters; reported lines count from the top of the file. */
	static FrontMatter parseYaml(String yaml) throws ContentException {
		if (yaml.length() > MAX_FRONT_MATTER_CHARS) {
			throw new ContentException("front matter is " + yaml.length() + " characters, more than the limit of "
					+ MAX_FRONT_MATTER_CHARS, 2, 1);
		}
		Node document;
		try {
			document = newYaml().compose(new StringReader(yaml));
		}
		catch (MarkedYAMLException ex) {
			Mark mark = (ex.getProblemMark() != null) ? ex.getProblemMark() : ex.getContextMark();
			String problem = (ex.getProblem() != null) ? ex.getProblem() : ex.getMessage();
			String context = "";
			if (ex.getContext() != null) {
				Mark contextMark = ex.getContextMark();
				context = ex.getContext() + ((contextMark != null && contextMark != mark)
						? " started on line " + (contextMark.getLine() + 2) + ", column " + (contextMark.getColumn() + 1) : "")
						+ ": ";
			}
			throw error(context + problem, mark);
		}
		catch (YAMLException ex) {
			throw new ContentException("front matter: " + ex.getMessage(), 0, 0);
		}
		if (document == null) {
			return FrontMatter.EMPTY;
		}
		if (!(document instanceof MappingNode map)) {
			throw error("must be a map of 'key: value' lines", document.getStartMark());
		}
		Map<String, List<String>> fields = new LinkedHashMap<>();
		for (NodeTuple entry : map.getValue()) {
			if (!(entry.getKeyNode() instanceof ScalarNode keyNode)) {
				throw error("a key must be text", entry.getKeyNode().getStartMark());
			}
			String key = keyNode.getValue().strip();
			String lowerKey = key.toLowerCase(Locale.ROOT);
			if (fields.containsKey(lowerKey)) {
				throw error("key '" + key + "' appears twice (keys ignore case)", keyNode.getStartMark());
			}
			fields.put(lowerKey, texts(key, entry.getValueNode()));
		}
		return new FrontMatter(fields);
	}

	private static List<String> texts(String key, Node value) throws ContentException {
		requirePlainTag(value);
		if (value instanceof ScalarNode scalar) {
			return scalar.getValue().isEmpty() ? List.of() : List.of(scalar.getValue());
		}
		if (value instanceof SequenceNode sequence) {
			List<String> texts = new ArrayList<>(sequence.getValue().size());
			for (Node item : sequence.getValue()) {
				requirePlainTag(item);
				if (!(item instanceof ScalarNode scalar)) {
					throw error("'" + key + "' must be text or a list of texts", item.getStartMark());
				}
				texts.add(scalar.getValue());
			}
			return List.copyOf(texts);
		}
		throw error("'" + key + "' must be text or a list of texts", value.getStartMark());
	}

	/** Explicit tags ({@code !!int}, {@code !!java.io.File}, ...) name types; front matter only holds text. */
	private static void requirePlainTag(Node node) throws ContentException {
		Tag tag = node.getTag();
		if (!tag.equals(Tag.STR) && !tag.equals(Tag.SEQ) && !tag.equals(Tag.MAP)) {
			throw error("tag '" + tag.getValue() + "' is not allowed, values are plain text", node.getStartMark());
		}
	}

	/** Front matter starts on line 2 of the file, so YAML's 0-based line becomes line + 2. */
	private static ContentException error(String message, Mark mark) {
		return new ContentException("front matter: " + message, (mark != null) ? mark.getLine() + 2 : 0,
				(mark != null) ? mark.getColumn() + 1 : 0);
	}

	/** SnakeYAML's safe loader with tight limits and no type guessing: every scalar is a string. */
	static Yaml newYaml() {
		LoaderOptions options = new LoaderOptions();
		options.setAllowDuplicateKeys(false);
		options.setMaxAliasesForCollections(10);
		options.setNestingDepthLimit(10);
		options.setCodePointLimit(MAX_FRONT_MATTER_CHARS);
		options.setAllowRecursiveKeys(false);
		return new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()), new DumperOptions(),
				options, new TextOnlyResolver());
	}

	/** Resolves every plain scalar as a string: no booleans, numbers or dates guessed from text. */
	private static final class TextOnlyResolver extends Resolver {

		@Override
		protected void addImplicitResolvers() {
		}

	}

}
