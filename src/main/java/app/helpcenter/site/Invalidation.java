package app.helpcenter.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import app.helpcenter.content.Article;
import app.helpcenter.content.ContentTree;
import app.helpcenter.render.ArticleIndex;
import app.helpcenter.render.ArticleRenderer;
import app.helpcenter.render.RenderedArticle;

/**
 * The one place that decides what a change to the content invalidates. A reload starts from the files found
 * new, changed (size or time) or gone since the last scan, and from the files the watcher saw change; then:
 * <ul>
 * <li>a file is read again when it changed, or when its article was made from a file that changed (an
 * include, also one that was missing and now exists);</li>
 * <li>an article is rendered again when it was read again and differs (a file saved unchanged is not), or
 * when rendering it now would give other pages
 * than it did: one of its links now resolves differently (an article it links to was added, removed or
 * renamed), its path gained or lost a locale (its language switch), or another article became the source
 * of its English page ({@link ArticleRenderer#isCurrent});</li>
 * <li>everything per site is assembled again from the articles' pages (navigation, landing pages, redirects,
 * the home page lists), and what depends on a page is remade only for pages that are not the very same as
 * before: a page keeps its identity when its rendering and its docset's navigation are both unchanged
 * ({@code PageBuilder#assemble}), its prepared response when its page does ({@link PreparedResponses}), and
 * its search document when its body and its counterpart's do ({@code SearchIndex#update}).</li>
 * </ul>
 */
final class Invalidation {

	private final Set<Path> changed;

	private Invalidation(Set<Path> changed) {
		this.changed = Set.copyOf(changed);
	}

	/**
	 * @param tree the content as just scanned
	 * @param previous the content as last scanned
	 * @param touched the files the watcher saw change since then (any path; links and parents are resolved)
	 */
	static Invalidation of(ContentTree tree, ContentTree previous, Collection<Path> touched) {
		Set<Path> changed = new HashSet<>(tree.changedSince(previous));
		for (Path path : touched) {
			changed.add(path.toAbsolutePath().normalize());
			changed.add(realPath(path));
		}
		return new Invalidation(changed);
	}

	/**
	 * What changed since a reading kept by an earlier run.
	 * @param tree the content as just scanned
	 * @param kept the versions of the files when the kept reading was made
	 * @param touched other files its articles were made from that changed since (code snippets: not in the tree)
	 */
	static Invalidation since(ContentTree tree, Map<Path, ContentTree.Version> kept, Collection<Path> touched) {
		Set<Path> changed = new HashSet<>(tree.changedSince(kept));
		changed.addAll(touched);
		return new Invalidation(changed);
	}

	/** The files that changed, by their real path and as walked. */
	Set<Path> changedFiles() {
		return this.changed;
	}

	/** Whether a file must be read again; {@code previous} is what it gave last time, {@code null} if nothing. */
	boolean mustRead(ContentTree.Entry entry, Article previous) {
		if (previous == null || this.changed.contains(entry.file())) {
			return true;
		}
		for (Path source : previous.sources()) {
			if (this.changed.contains(source)) {
				return true;
			}
		}
		return false;
	}

	/** Whether a file that is not an article (a table of contents, a landing page, redirects) must be read again. */
	boolean mustRead(ContentTree.Entry entry) {
		return this.changed.contains(entry.file());
	}

	/**
	 * Whether an article must be rendered again against {@code index}.
	 * @param previous its last rendering, {@code null} when it has none
	 * @param sameShape whether the index has the same articles and landing pages as the one before
	 * ({@link ArticleIndex#sameShape}): then what an article asked of it has the same answers, and only its own
	 * text can make it render differently (the common edit, checked without asking every article)
	 */
	static boolean mustRender(Article article, RenderedArticle previous, ArticleIndex index, boolean sameShape,
			ArticleRenderer renderer) {
		if (previous == null || (previous.article() != article && !previous.article().equals(article))) {
			return true;
		}
		return !sameShape && !renderer.isCurrent(previous, index);
	}

	/** The real path of a file, or of its folder and its name when it is gone. */
	private static Path realPath(Path path) {
		Path absolute = path.toAbsolutePath().normalize();
		try {
			return absolute.toRealPath();
		}
		catch (IOException ex) {
			Path parent = absolute.getParent();
			if (parent != null && Files.isDirectory(parent)) {
				try {
					return parent.toRealPath().resolve(absolute.getFileName());
				}
				catch (IOException again) {
					return absolute;
				}
			}
			return absolute;
		}
	}

}
