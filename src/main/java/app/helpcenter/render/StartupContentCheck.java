package app.helpcenter.render;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

import app.helpcenter.check.ContentCheck;
import app.helpcenter.check.Finding;
import app.helpcenter.content.Content;

/**
 * Runs the content check on the loaded content once the application is ready, on a thread of its own, and
 * logs a summary line (each finding at DEBUG). It only informs the operator, so readers do not wait for it;
 * the content is let go as soon as it has run.
 */
final class StartupContentCheck implements ApplicationListener<ApplicationReadyEvent> {

	private static final Logger logger = LoggerFactory.getLogger(StartupContentCheck.class);

	private final AtomicReference<Content> pending = new AtomicReference<>();

	/** The content to check when the application is ready. */
	void schedule(Content content) {
		this.pending.set(content);
	}

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		Content content = this.pending.getAndSet(null);
		if (content != null) {
			Thread thread = new Thread(() -> log(content), "content-check");
			thread.setDaemon(true);
			thread.start();
		}
	}

	/** Checks and logs; it never stops the application. */
	static void log(Content content) {
		try {
			List<Finding> findings = ContentCheck.check(content);
			if (logger.isDebugEnabled()) {
				findings.forEach((finding) -> logger.debug("Content check: {}", finding));
			}
			logger.info("Content check: {} (each finding at DEBUG level for {})", ContentCheck.summary(findings, content),
					StartupContentCheck.class.getName());
		}
		catch (RuntimeException | StackOverflowError ex) {
			logger.warn("Content check could not run: {}", ex.toString());
		}
	}

}
