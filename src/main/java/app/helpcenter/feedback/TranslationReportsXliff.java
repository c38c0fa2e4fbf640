package app.helpcenter.feedback;

import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Open translation reports as XLIFF 2.0 (OASIS, core only), for a translation tool: one {@code <file>} per
 * article, one {@code <unit>} per reported sentence whose id is the sentence's id in the article
 * ({@code data-ttu-id}), its English as {@code <source>}, its current translation as {@code <target>}, and each
 * report's suggestion and comment as a {@code <note>}.
 */
public final class TranslationReportsXliff {

	public static final String NAMESPACE = "urn:oasis:names:tc:xliff:document:2.0";

	private TranslationReportsXliff() {
	}

	/**
	 * One reported sentence of an article as it is now.
	 * @param locale the locale folder of the translation
	 * @param path the article's path
	 * @param segment the sentence's id
	 * @param sourceText its English now
	 * @param translatedText its translation now
	 * @param reports the open reports on it
	 */
	public record Sentence(String locale, String path, String segment, String sourceText, String translatedText,
			List<FeedbackStore.StoredReport> reports) {
	}

	/**
	 * @param sourceLanguage the BCP 47 tag of the source ({@code en-US})
	 * @param targetLanguage the BCP 47 tag of the translations ({@code zh-TW}); one document per target language
	 */
	public static void write(Writer out, String sourceLanguage, String targetLanguage, List<Sentence> sentences) {
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeCharacters("\n");
			xml.writeStartElement("xliff");
			xml.writeDefaultNamespace(NAMESPACE);
			xml.writeAttribute("version", "2.0");
			xml.writeAttribute("srcLang", sourceLanguage);
			xml.writeAttribute("trgLang", targetLanguage);
			Map<String, List<Sentence>> byArticle = new LinkedHashMap<>();
			sentences.forEach((sentence) -> byArticle
				.computeIfAbsent(sentence.locale() + "/" + sentence.path(), (key) -> new ArrayList<>())
				.add(sentence));
			for (Map.Entry<String, List<Sentence>> article : byArticle.entrySet()) {
				xml.writeCharacters("\n  ");
				xml.writeStartElement("file");
				xml.writeAttribute("id", token(article.getKey()));
				xml.writeAttribute("original", article.getKey() + ".md");
				for (Sentence sentence : article.getValue()) {
					unit(xml, sentence);
				}
				xml.writeCharacters("\n  ");
				xml.writeEndElement();
			}
			xml.writeCharacters("\n");
			xml.writeEndElement();
			xml.writeCharacters("\n");
			xml.writeEndDocument();
			xml.flush();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("cannot write XLIFF", ex);
		}
	}

	private static void unit(XMLStreamWriter xml, Sentence sentence) throws XMLStreamException {
		xml.writeCharacters("\n    ");
		xml.writeStartElement("unit");
		xml.writeAttribute("id", token(sentence.segment()));
		xml.writeAttribute("name", sentence.segment());
		xml.writeCharacters("\n      ");
		xml.writeStartElement("notes");
		for (FeedbackStore.StoredReport stored : sentence.reports()) {
			SegmentReport report = stored.report();
			if (report.suggestion() != null) {
				note(xml, "r" + stored.id() + "-suggestion", "suggestion", report.suggestion());
			}
			if (report.comment() != null) {
				note(xml, "r" + stored.id() + "-comment", "comment", report.comment());
			}
			if (report.suggestion() == null && report.comment() == null) {
				note(xml, "r" + stored.id(), "report", "reported without text");
			}
		}
		xml.writeCharacters("\n      ");
		xml.writeEndElement();
		xml.writeCharacters("\n      ");
		xml.writeStartElement("segment");
		xml.writeAttribute("state", "translated");
		xml.writeStartElement("source");
		xml.writeCharacters(xmlText(sentence.sourceText()));
		xml.writeEndElement();
		xml.writeStartElement("target");
		xml.writeCharacters(xmlText(sentence.translatedText()));
		xml.writeEndElement();
		xml.writeEndElement();
		xml.writeCharacters("\n    ");
		xml.writeEndElement();
	}

	private static void note(XMLStreamWriter xml, String id, String category, String text) throws XMLStreamException {
		xml.writeCharacters("\n        ");
		xml.writeStartElement("note");
		xml.writeAttribute("id", token(id));
		xml.writeAttribute("category", category);
		xml.writeCharacters(xmlText(text));
		xml.writeEndElement();
	}

	/** An XML NMTOKEN: letters, digits, {@code . - _ :}; anything else becomes {@code _}. */
	static String token(String text) {
		StringBuilder token = new StringBuilder(text.length());
		text.codePoints().forEach((c) -> token.appendCodePoint(
				(Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_' || c == ':') ? c : '_'));
		return token.toString();
	}

	/** The text without the characters XML 1.0 cannot hold. */
	private static String xmlText(String text) {
		StringBuilder kept = new StringBuilder(text.length());
		text.codePoints()
			.filter((c) -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
					|| (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000)
			.forEach(kept::appendCodePoint);
		return kept.toString();
	}

}
