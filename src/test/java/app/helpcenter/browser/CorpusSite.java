package app.helpcenter.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import app.helpcenter.HelpCenterApplication;
import app.helpcenter.site.LiveSite;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The help center serving the real corpus in {@code ../shared/corpus/content}, started once for every browser
 * test class that needs it and stopped when the tests end. Tests using it are skipped where the corpus is not
 * beside the project. A test asks for it as a parameter, its class extended with {@link Resolver}.
 */
final class CorpusSite implements AutoCloseable {

	static final Path ROOT = Path.of("../shared/corpus/content");

	private final ConfigurableApplicationContext context;

	private CorpusSite() {
		// Arguments, not default properties: those would lose to application.properties.
		this.context = new SpringApplicationBuilder(HelpCenterApplication.class).run("--server.port=0",
				"--helpcenter.content.root=" + ROOT.toAbsolutePath().normalize(), "--logging.level.root=warn");
		// As a proxy waits for readiness: the tests read pages (lists, search) made from every article.
		try {
			if (!this.context.getBean(LiveSite.class).awaitComplete(Duration.ofMinutes(5))) {
				throw new IllegalStateException("The corpus was not prepared in 5 minutes");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Gives tests the running site, started on first use; skips them when the corpus is missing. */
	static final class Resolver implements ParameterResolver {

		@Override
		public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
			return parameter.getParameter().getType() == CorpusSite.class;
		}

		@Override
		public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
			assumeTrue(Files.isDirectory(ROOT.resolve("zh-tw")),
					"corpus not found at " + ROOT.toAbsolutePath().normalize());
			return extension.getRoot()
				.getStore(ExtensionContext.Namespace.GLOBAL)
				.computeIfAbsent(CorpusSite.class, (key) -> new CorpusSite(), CorpusSite.class);
		}

	}

	String url(String path) {
		return "http://localhost:" + ((WebServerApplicationContext) this.context).getWebServer().getPort() + path;
	}

	@Override
	public void close() {
		this.context.close();
	}

}
