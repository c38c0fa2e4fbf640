package app.helpcenter.site;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import app.helpcenter.cache.KeptReading;
import app.helpcenter.content.Article;
import app.helpcenter.content.ContentReader;
import app.helpcenter.content.ContentTree;
import app.helpcenter.content.Hub;
import app.helpcenter.content.LoadProblem;
import app.helpcenter.content.Redirect;
import app.helpcenter.content.TableOfContents;

/**
 * The first step of a build: the files of a content tree read into what they hold (articles, tables of contents,
 * landing pages, redirects, synonym files), by file, with what is wrong with each. After changes, only what
 * {@link Invalidation} says is read again, and the rest is taken over from the snapshot before; when a changed
 * file cannot be read, the last good version of what it held stays. A start takes over the articles the last run
 * read and kept ({@link KeptReading}) whose files have not changed since.
 *
 * <p>
 * The maps are made for the build that reads them, which adds to them (problems found later, the last good
 * version of an article that no longer renders).
 *
 * @param tree the files scanned
 * @param read the files read (the others were taken over)
 */
record ContentRead(ContentTree tree, Map<Path, Article> articles, Map<Path, TableOfContents> tables,
		Map<Path, Hub> hubs, Map<Path, List<Redirect>> redirects, Map<Path, String> synonyms,
		Map<Path, List<LoadProblem>> problems, Set<Path> read) {

	/**
	 * A start's reading: every file, but for the articles the last run read and kept whose files (and the files
	 * they were made from) have not changed since. An article read again that cannot be read now is not served:
	 * what was kept is not a last good version, which only a running site keeps.
	 */
	static ContentRead first(ContentTree tree, ContentReader reader, Optional<KeptReading> kept) {
		if (kept.isEmpty()) {
			return of(tree, reader, null, SiteSnapshot.State.EMPTY);
		}
		Invalidation invalidation = Invalidation.since(tree, kept.get().files(), kept.get().othersChanged());
		Map<Path, Article> unchanged = new HashMap<>();
		for (ContentTree.Entry entry : tree.entries(ContentTree.Kind.ARTICLE)) {
			Article article = kept.get().articles().get(entry.file());
			if (article != null && !invalidation.mustRead(entry, article)) {
				unchanged.put(entry.file(), article);
			}
		}
		return of(tree, reader, invalidation, new SiteSnapshot.State(unchanged, Map.of(), Map.of(), Map.of(),
				Map.of(), Map.of(), Map.of(), Map.of()));
	}

	/**
	 * Reads the files of {@code tree} that {@code invalidation} says changed (all of them without one), taking
	 * over the others from {@code before}.
	 */
	static ContentRead of(ContentTree tree, ContentReader reader, Invalidation invalidation,
			SiteSnapshot.State before) {
		Map<Path, List<LoadProblem>> problems = new ConcurrentHashMap<>();
		Set<Path> read = ConcurrentHashMap.newKeySet();
		Map<Path, Article> articles = readArticles(tree, reader, invalidation, before, problems, read);
		Map<Path, TableOfContents> tables = readOthers(tree, ContentTree.Kind.TABLE_OF_CONTENTS, invalidation,
				before.tables(), before.problems(), problems, read, reader::tableOfContents);
		Map<Path, Hub> hubs = readOthers(tree, ContentTree.Kind.HUB, invalidation, before.hubs(), before.problems(),
				problems, read, reader::hub);
		Map<Path, List<Redirect>> redirects = readOthers(tree, ContentTree.Kind.REDIRECTS, invalidation,
				before.redirects(), before.problems(), problems, read, reader::redirects);
		Map<Path, String> synonyms = readOthers(tree, ContentTree.Kind.SYNONYMS, invalidation, before.synonyms(),
				before.problems(), problems, read, reader::text);
		return new ContentRead(tree, articles, tables, hubs, redirects, synonyms, problems, read);
	}

	/** Whether an article file was read, not taken over. */
	boolean readAnArticle() {
		return this.read.stream()
			.anyMatch((file) -> this.tree.entry(file)
				.filter((entry) -> entry.kind() == ContentTree.Kind.ARTICLE)
				.isPresent());
	}

	/** The articles to keep for the next run ({@link KeptReading}): every article served or not. */
	KeptReading toKeep() {
		return KeptReading.of(this.tree, this.articles);
	}

	/**
	 * The article of each article file: taken over when nothing it was made from changed, read again
	 * otherwise; when reading fails, the last good version stays.
	 */
	private static Map<Path, Article> readArticles(ContentTree tree, ContentReader reader, Invalidation invalidation,
			SiteSnapshot.State before, Map<Path, List<LoadProblem>> problems, Set<Path> read) {
		Map<Path, Article> articles = new ConcurrentHashMap<>();
		tree.entries(ContentTree.Kind.ARTICLE).parallelStream().forEach((entry) -> {
			Article last = before.articles().get(entry.file());
			if (invalidation != null && !invalidation.mustRead(entry, last)) {
				articles.put(entry.file(), last);
				List<LoadProblem> kept = before.problems().get(entry.file());
				if (kept != null) {
					problems.put(entry.file(), kept);
				}
				return;
			}
			read.add(entry.file());
			ContentReader.Read<Article> article = reader.article(entry);
			if (article.value() != null) {
				articles.put(entry.file(), article.value());
				return;
			}
			if (last != null) {
				articles.put(entry.file(), last);
				problems.put(entry.file(), lastGoodServed(article.problems()));
			}
			else {
				problems.put(entry.file(), article.problems());
			}
		});
		return new HashMap<>(articles);
	}

	/** The problems of a file whose last good version stays: the first one says so. */
	private static List<LoadProblem> lastGoodServed(List<LoadProblem> problems) {
		List<LoadProblem> said = new ArrayList<>(problems);
		if (!said.isEmpty()) {
			LoadProblem first = said.get(0);
			said.set(0, new LoadProblem(first.file(), first.line(), first.column(),
					first.message() + " (the last version that could be read is served)"));
		}
		return said;
	}

	/** Tables of contents, landing pages or redirects, read as articles are (the last good version stays). */
	private static <T> Map<Path, T> readOthers(ContentTree tree, ContentTree.Kind kind, Invalidation invalidation,
			Map<Path, T> last, Map<Path, List<LoadProblem>> lastProblems, Map<Path, List<LoadProblem>> problems,
			Set<Path> read, Function<ContentTree.Entry, ContentReader.Read<T>> reader) {
		Map<Path, T> values = new LinkedHashMap<>();
		for (ContentTree.Entry entry : tree.entries(kind)) {
			T before = last.get(entry.file());
			boolean hadProblems = lastProblems.containsKey(entry.file());
			if (invalidation != null && !invalidation.mustRead(entry) && (before != null || hadProblems)) {
				if (before != null) {
					values.put(entry.file(), before);
				}
				if (hadProblems) {
					problems.put(entry.file(), lastProblems.get(entry.file()));
				}
				continue;
			}
			read.add(entry.file());
			ContentReader.Read<T> value = reader.apply(entry);
			List<LoadProblem> fileProblems = new ArrayList<>(value.problems());
			if (value.value() != null) {
				values.put(entry.file(), value.value());
			}
			else if (before != null && !value.problems().isEmpty()) {
				values.put(entry.file(), before);
				fileProblems = lastGoodServed(fileProblems);
			}
			if (!fileProblems.isEmpty()) {
				problems.put(entry.file(), fileProblems);
			}
		}
		return values;
	}

}
