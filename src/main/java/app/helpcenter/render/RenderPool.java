package app.helpcenter.render;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

import app.helpcenter.content.Article;

/**
 * Renders articles on a pool of threads, one per core, each with a time limit. An article that overflows the
 * stack or throws is reported; one that runs past the time limit is reported and abandoned, and the pool grows
 * by a thread so the others go on (Java cannot stop a thread that ignores interrupts, and flexmark does).
 */
public final class RenderPool {

	private final Duration timeout;

	private volatile boolean stopped;

	public RenderPool(Duration timeout) {
		this.timeout = timeout;
	}

	/**
	 * The help center is stopping: a rendering of many articles under way ends within a poll (what was rendered is
	 * handed on already), throwing {@link CancellationException}, and none begins.
	 */
	public void stop() {
		this.stopped = true;
	}

	/**
	 * What rendering one article gave.
	 *
	 * @param rendered its pages, {@code null} when it could not be rendered
	 * @param problem why it could not, {@code null} when it was rendered
	 */
	public record Outcome(RenderedArticle rendered, String problem) {
	}

	/** Renders each article with {@code render}; the outcomes in the order of {@code articles}. */
	public List<Outcome> render(Collection<Article> articles, Function<Article, RenderedArticle> render) {
		return render(articles, (article) -> {
		}, render, (rendered) -> {
		});
	}

	/**
	 * Renders each article with {@code render}, after {@code before} (which may wait, outside the time limit),
	 * and hands each article rendered to {@code done} as soon as it is (on the calling thread; not one that failed
	 * or ran past the limit), so that what was rendered can be kept even if the rest never is; the outcomes in
	 * the order of {@code articles}.
	 */
	public List<Outcome> render(Collection<Article> articles, Consumer<Article> before,
			Function<Article, RenderedArticle> render, Consumer<RenderedArticle> done) {
		List<Task> tasks = articles.stream().map((article) -> new Task(article, before, render)).toList();
		runWithLimit(tasks, done);
		return tasks.stream().map((task) -> new Outcome(task.result, task.problem)).toList();
	}

	private void runWithLimit(List<Task> tasks, Consumer<RenderedArticle> done) {
		int threads = Math.min(Math.max(1, tasks.size()), Runtime.getRuntime().availableProcessors());
		AtomicInteger counter = new AtomicInteger();
		ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 1, TimeUnit.SECONDS,
				new LinkedBlockingQueue<>(), (runnable) -> {
					Thread thread = new Thread(runnable, "render-" + counter.incrementAndGet());
					thread.setDaemon(true);
					return thread;
				});
		try {
			CompletionService<Task> completion = new ExecutorCompletionService<>(pool);
			Map<Future<Task>, Task> running = new HashMap<>();
			tasks.forEach((task) -> running.put(completion.submit(task, task), task));
			while (!running.isEmpty()) {
				if (this.stopped) {
					throw new CancellationException("The help center is stopping");
				}
				Future<Task> finished = completion.poll(50, TimeUnit.MILLISECONDS);
				if (finished != null) {
					// An abandoned task is no longer running: what it renders late is not handed on.
					Task task = running.remove(finished);
					if (task != null && task.result != null) {
						done.accept(task.result);
					}
					continue;
				}
				long now = System.nanoTime();
				for (Map.Entry<Future<Task>, Task> entry : List.copyOf(running.entrySet())) {
					Task task = entry.getValue();
					if (task.overdue(now, this.timeout)) {
						task.abandon("rendering took longer than " + this.timeout.toMillis() + " ms and was abandoned");
						running.remove(entry.getKey());
						entry.getKey().cancel(true);
						pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
						pool.setCorePoolSize(pool.getCorePoolSize() + 1);
					}
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while rendering content", ex);
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** One article's rendering, with its outcome: pages, or why there are none. */
	private static final class Task implements Runnable {

		private final Article article;

		private final Consumer<Article> before;

		private final Function<Article, RenderedArticle> render;

		private volatile long startedAt;

		private volatile RenderedArticle result;

		private volatile String problem;

		Task(Article article, Consumer<Article> before, Function<Article, RenderedArticle> render) {
			this.article = article;
			this.before = before;
			this.render = render;
		}

		@Override
		public void run() {
			this.before.accept(this.article);
			this.startedAt = System.nanoTime();
			try {
				RenderedArticle rendered = this.render.apply(this.article);
				if (this.problem == null) {
					this.result = rendered;
				}
			}
			catch (StackOverflowError ex) {
				this.problem = "cannot be rendered: nested too deeply (stack overflow)";
			}
			catch (RuntimeException ex) {
				this.problem = "cannot be rendered: " + ex;
			}
		}

		void abandon(String why) {
			this.problem = why;
		}

		boolean overdue(long now, Duration timeout) {
			long started = this.startedAt;
			return started != 0 && this.problem == null && this.result == null && now - started > timeout.toNanos();
		}

	}

}
