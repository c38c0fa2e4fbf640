package app.helpcenter.render;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import app.helpcenter.content.LoadProblem;

/**
 * Every page of the help center, rendered, by URL prefix and path; and the files that could not be served.
 */
public final class Pages {

	private final List<String> locales;

	private final Map<String, Map<String, Page>> pages;

	private final Map<String, Map<String, Page>> bilingual;

	/** Computed when first asked for (the home page), not for every reload: sorting by heading is slow. */
	private final Map<String, List<Docset>> docsets = new ConcurrentHashMap<>();

	private final Map<String, List<Page>> sorted = new ConcurrentHashMap<>();

	private final List<LoadProblem> problems;

	private final Map<String, Map<String, String>> redirects;

	private final Map<String, Map<String, HubPage>> hubs;

	private final Map<String, Navigations.Built> navigations;

	private static final AtomicLong GENERATIONS = new AtomicLong();

	private final Map<Page, Page> placed;

	private final long generation = GENERATIONS.incrementAndGet();

	private final long basedOn;

	private final Changes changes;

	private final Map<String, PageBuilder.BuiltHub> hubsBuilt;

	Pages(List<String> locales, Map<String, Map<String, Page>> pages, Map<String, Map<String, Page>> bilingual,
			Map<String, Map<String, String>> redirects, Map<String, Map<String, HubPage>> hubs,
			List<LoadProblem> problems, Map<String, Navigations.Built> navigations,
			Map<String, PageBuilder.BuiltHub> hubsBuilt, Map<Page, Page> placed, long basedOn, Changes changes) {
		this.basedOn = basedOn;
		this.changes = changes;
		this.navigations = navigations;
		this.hubsBuilt = hubsBuilt;
		this.placed = placed;
		this.hubs = hubs.entrySet()
			.stream()
			.collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, (entry) -> Map.copyOf(entry.getValue())));
		this.redirects = redirects.entrySet()
			.stream()
			.collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, (entry) -> Map.copyOf(entry.getValue())));
		this.locales = List.copyOf(locales);
		this.pages = frozen(pages);
		this.bilingual = frozen(bilingual);
		this.problems = List.copyOf(problems);
	}

	/**
	 * The maps as built, made read-only (not copied: they are built for these pages alone). Hash maps: a reload
	 * builds them for every page, and only listing needs an order, which is made then.
	 */
	private static Map<String, Map<String, Page>> frozen(Map<String, Map<String, Page>> pages) {
		return pages.entrySet()
			.stream()
			.collect(Collectors.toUnmodifiableMap(Map.Entry::getKey,
					(entry) -> Collections.unmodifiableMap(entry.getValue())));
	}

	private static List<Docset> docsets(String locale, Collection<Page> pages, Map<String, HubPage> hubs) {
		Collator collator = Collator.getInstance(SiteLocales.locale(locale));
		Map<String, List<Section>> byDocset = pages.stream()
			.collect(Collectors.groupingBy(Page::folder, TreeMap::new, Collectors.toList()))
			.entrySet()
			.stream()
			.map((entry) -> new Section(entry.getKey(), hubs.get(entry.getKey()),
					entry.getValue().stream().sorted(Comparator.comparing(Page::heading, collator)).toList()))
			.collect(Collectors.groupingBy((section) -> section.pages().get(0).docset(), TreeMap::new,
					Collectors.toList()));
		return byDocset.entrySet()
			.stream()
			.map((entry) -> new Docset(entry.getKey(), hubs.get(entry.getKey()),
					entry.getValue().stream().allMatch((section) -> section.pages().get(0).archived()), entry.getValue()))
			.sorted(Comparator.comparing(Docset::archived))
			.toList();
	}

	/** The URL prefixes served, the default first. */
	public List<String> locales() {
		return this.locales;
	}

	public boolean isLocale(String locale) {
		return this.pages.containsKey(locale);
	}

	public Optional<Page> find(String locale, String path) {
		return Optional.ofNullable(this.pages.getOrDefault(locale, Map.of()).get(path));
	}

	/** The landing page of a docset folder. */
	public Optional<HubPage> hub(String locale, String folder) {
		return Optional.ofNullable(this.hubs.getOrDefault(locale, Map.of()).get(folder));
	}

	/** Where an old article path moved, from the locale's redirection file. */
	public Optional<String> redirect(String locale, String path) {
		return Optional.ofNullable(this.redirects.getOrDefault(locale, Map.of()).get(path));
	}

	/** The side-by-side page of an article, where its locale has one. */
	public Optional<Page> findBilingual(String locale, String path) {
		return Optional.ofNullable(this.bilingual.getOrDefault(locale, Map.of()).get(path));
	}

	/** The pages of one locale, in path order. */
	public List<Page> list(String locale) {
		Map<String, Page> byPath = this.pages.get(locale);
		if (byPath == null) {
			return List.of();
		}
		return this.sorted.computeIfAbsent(locale,
				(key) -> byPath.values().stream().sorted(Comparator.comparing(Page::path)).toList());
	}

	/** The pages of one locale, in no order: what work over every page needs, without sorting them. */
	public Collection<Page> unordered(String locale) {
		return this.pages.getOrDefault(locale, Map.of()).values();
	}

	/**
	 * The pages of one locale by docset and folder, for the home page: current docsets before archived ones, each
	 * in path order; folders in path order and pages by heading.
	 */
	public List<Docset> docsets(String locale) {
		Map<String, Page> byPath = this.pages.get(locale);
		if (byPath == null) {
			return List.of();
		}
		return this.docsets.computeIfAbsent(locale,
				(key) -> docsets(key, byPath.values(), this.hubs.getOrDefault(key, Map.of())));
	}

	/** Every page, in no order. */
	public List<Page> all() {
		List<Page> all = new ArrayList<>();
		for (String locale : this.locales) {
			all.addAll(unordered(locale));
			all.addAll(this.bilingual.getOrDefault(locale, Map.of()).values());
		}
		return all;
	}

	/** The landing pages as built, for the next assembly to take over. */
	Map<String, PageBuilder.BuiltHub> hubsBuilt() {
		return this.hubsBuilt;
	}

	/** The navigation of each docset in each page language, for the next assembly to take over. */
	Map<String, Navigations.Built> navigations() {
		return this.navigations;
	}

	/** The page, navigation added, that an article's rendered page became here; {@code null} when it is not here. */
	Page placed(Page rendered) {
		return this.placed.get(rendered);
	}

	Map<Page, Page> placedPages() {
		return this.placed;
	}

	/** Tells one set of pages from another, so that a later set can say which one it was assembled from. */
	public long generation() {
		return this.generation;
	}

	/** The generation of the pages these were assembled from, -1 when they were assembled from none. */
	public long basedOn() {
		return this.basedOn;
	}

	/** What changed since the pages these were assembled from ({@link #basedOn()}). */
	public Changes changes() {
		return this.changes;
	}

	/**
	 * What changed between two sets of pages, found while assembling, so that what is made from pages (their
	 * responses, their search documents) is remade for these only, not looked up for every page.
	 */
	public static final class Changes {

		private final List<Page> renewed = new ArrayList<>();

		private final List<Page> rerendered = new ArrayList<>();

		private final List<Page> removed = new ArrayList<>();

		void renewed(Page page, boolean rerendered) {
			this.renewed.add(page);
			if (rerendered) {
				this.rerendered.add(page);
			}
		}

		void removed(Page page) {
			this.removed.add(page);
		}

		/** Pages that are not the very same as before: rendered again, or with another navigation. */
		public List<Page> renewed() {
			return this.renewed;
		}

		/** The renewed pages that were rendered again (their text may differ). */
		public List<Page> rerendered() {
			return this.rerendered;
		}

		/** Pages whose URL is gone. */
		public List<Page> removed() {
			return this.removed;
		}

	}

	public int size() {
		return this.pages.values().stream().mapToInt(Map::size).sum();
	}

	public List<LoadProblem> problems() {
		return this.problems;
	}

	/**
	 * The pages in one folder of a locale.
	 *
	 * @param folder the folder below the locale root, empty for the root
	 * @param hub the folder's landing page, {@code null} when it has none
	 * @param pages its pages, by heading
	 */
	/** The articles of one folder, with the folder's landing page if it has one. */
	public record Section(String folder, HubPage hub, List<Page> pages) {
	}

	/**
	 * A docset: the articles under one top folder, by folder, its own folder first.
	 *
	 * @param folder the top folder, empty for articles at the root
	 * @param hub its landing page, if it has one
	 * @param archived whether every article in it is archived ({@link Page#archived()})
	 * @param sections its folders
	 */
	public record Docset(String folder, HubPage hub, boolean archived, List<Section> sections) {
	}

}
