package app.helpcenter.check;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import app.helpcenter.content.LocaleFolder;

/**
 * What the content check found in one article, with every question it asked of the article's locale folder
 * (whether a file is there) and the answer: the findings are a pure function of the article and these answers, so
 * they can be kept (in the render cache, across restarts) as long as the answers stay the same.
 *
 * @param findings what the check found
 * @param asked each file the check looked for, below the locale folder, and whether it was there
 * @param complete whether the check ran whole: one without the locale folder, or that could not render the article
 * (a stack overflow, which depends on the thread), is not kept
 */
public record CheckedArticle(List<Finding> findings, Map<Path, Boolean> asked, boolean complete) {

	/** Layout of {@link #writeTo}; a change makes kept entries unreadable, so they are checked again. */
	private static final int FORMAT = 1;

	public CheckedArticle {
		findings = List.copyOf(findings);
		asked = Collections.unmodifiableMap(new LinkedHashMap<>(asked));
	}

	/** Whether every question the check asked still has the same answer in {@code folder}. */
	public boolean holdsFor(LocaleFolder folder) {
		if (folder == null) {
			return false;
		}
		for (Map.Entry<Path, Boolean> question : this.asked.entrySet()) {
			if (folder.contains(question.getKey()) != question.getValue()) {
				return false;
			}
		}
		return true;
	}

	public void writeTo(DataOutput out) throws IOException {
		out.writeInt(FORMAT);
		out.writeInt(this.findings.size());
		for (Finding finding : this.findings) {
			out.writeUTF(finding.file().toString().replace('\\', '/'));
			out.writeInt(finding.line());
			out.writeInt(finding.column());
			out.writeUTF(finding.segment());
			out.writeUTF(finding.severity().name());
			out.writeUTF(finding.message());
		}
		out.writeInt(this.asked.size());
		for (Map.Entry<Path, Boolean> question : this.asked.entrySet()) {
			out.writeUTF(question.getKey().toString().replace('\\', '/'));
			out.writeBoolean(question.getValue());
		}
	}

	public static CheckedArticle readFrom(DataInput in) throws IOException {
		int format = in.readInt();
		if (format != FORMAT) {
			throw new IOException("check entry of layout " + format + ", not " + FORMAT);
		}
		int findingCount = in.readInt();
		List<Finding> findings = new ArrayList<>(findingCount);
		for (int i = 0; i < findingCount; i++) {
			findings.add(new Finding(Path.of(in.readUTF()), in.readInt(), in.readInt(), in.readUTF(),
					Finding.Severity.valueOf(in.readUTF()), in.readUTF()));
		}
		int questionCount = in.readInt();
		Map<Path, Boolean> asked = new LinkedHashMap<>();
		for (int i = 0; i < questionCount; i++) {
			asked.put(Path.of(in.readUTF()), in.readBoolean());
		}
		return new CheckedArticle(findings, asked, true);
	}

}
