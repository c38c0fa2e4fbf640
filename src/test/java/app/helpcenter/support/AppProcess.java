package app.helpcenter.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * The help center (or its {@code check} command) in a process of its own, for what only a separate process
 * shows: a folder the process cannot read, a {@code kill -9}. When the tests run as root, which reads every
 * folder whatever its mode, the process runs without the capabilities that let root do so, as any other user
 * would.
 */
public final class AppProcess implements AutoCloseable {

	private static final String MAIN = "app.helpcenter.HelpCenterApplication";

	private final Process process;

	private final Path output;

	private final int port;

	private AppProcess(Process process, Path output, int port) {
		this.process = process;
		this.output = output;
		this.port = port;
	}

	/** Whether this system can run a process as an ordinary user would (always, unless root without setpriv). */
	public static boolean canDropPrivileges() {
		return !isRoot() || Files.isExecutable(Path.of("/usr/bin/setpriv"));
	}

	/** Starts the help center on a free port with these extra options ({@code --name=value}, {@code -Dx=y}). */
	public static AppProcess start(Path output, List<String> jvmOptions, String... args) {
		int port = freePort();
		List<String> arguments = new ArrayList<>(List.of("--server.port=" + port, "--logging.level.root=warn",
				"--logging.level.app.helpcenter=info"));
		if (Stream.of(args).noneMatch((arg) -> arg.startsWith("--spring.datasource.url="))) {
			// Its own feedback database beside its output: the test JVM may hold the default one open.
			arguments.add("--spring.datasource.url=" + h2Url(output.toAbsolutePath().getParent()));
		}
		if (Stream.of(args).noneMatch((arg) -> arg.startsWith("--helpcenter.cache.folder="))) {
			// Its render cache beside its output too, not in the system's temporary folder.
			arguments.add("--helpcenter.cache.folder=" + output.toAbsolutePath().getParent().resolve("render-cache"));
		}
		arguments.addAll(List.of(args));
		return new AppProcess(launch(output, jvmOptions, MAIN, arguments), output, port);
	}

	/** The URL of an H2 feedback database in a folder, as the application's default opens it. */
	public static String h2Url(Path folder) {
		return "jdbc:h2:file:" + folder.resolve("feedback") + ";WRITE_DELAY=0";
	}

	/**
	 * Starts a process that makes a {@code ScratchFolder} in {@code parent} and holds it until it is killed
	 * ({@link ScratchFolderHolder}).
	 */
	public static AppProcess holdScratchFolder(Path output, Path parent, String prefix) {
		return new AppProcess(launch(output, List.of(), ScratchFolderHolder.class.getName(),
				List.of(parent.toString(), prefix)), output, 0);
	}

	/** Runs {@code check <root>} to its end; returns its exit code, its output in {@code output}. */
	public static int check(Path output, Path root) {
		Process process = launch(output, List.of(), MAIN, List.of("check", root.toString()));
		try {
			if (!process.waitFor(2, TimeUnit.MINUTES)) {
				process.destroyForcibly();
				throw new IllegalStateException("check did not end");
			}
			return process.exitValue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static Process launch(Path output, List<String> jvmOptions, String main, List<String> args) {
		List<String> command = new ArrayList<>();
		if (isRoot()) {
			command.addAll(List.of("/usr/bin/setpriv", "--bounding-set", "-dac_override,-dac_read_search"));
		}
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-Xmx256m");
		command.addAll(jvmOptions);
		command.addAll(List.of("-cp", System.getProperty("java.class.path"), main));
		command.addAll(args);
		try {
			return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The port the help center listens on (127.0.0.1). */
	public int port() {
		return this.port;
	}

	/** GETs a path of the running help center; the status code, or 0 when it does not answer. */
	public int status(String path) {
		HttpResponse<String> response = get(path);
		return (response != null) ? response.statusCode() : 0;
	}

	/** The body of a GET answered 200; {@code null} for another status or no answer. */
	public String body(String path) {
		HttpResponse<String> response = get(path);
		return (response != null && response.statusCode() == 200) ? response.body() : null;
	}

	private HttpResponse<String> get(String path) {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		try {
			return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
				.timeout(Duration.ofSeconds(10))
				.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			return null;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Waits until the help center answers (any status), at most {@code limit}. */
	public void awaitAnswering(Duration limit) {
		await(() -> status("/") != 0, limit, "the help center to answer");
	}

	/** Waits until the help center is ready (every article and search answer: readiness 200), at most {@code limit}. */
	public void awaitReady(Duration limit) {
		await(() -> status("/actuator/health/readiness") == 200, limit, "the help center to be ready");
	}

	/**
	 * Waits until every page is prepared (readiness comes before, during a lazy start: {@code /actuator/health}
	 * says {@code preparing} until then), at most {@code limit}.
	 */
	public void awaitEveryPagePrepared(Duration limit) {
		await(() -> {
			String health = body("/actuator/health");
			return health != null && health.contains("\"status\":\"UP\"") && !health.contains("\"preparing\"");
		}, limit, "every page to be prepared");
	}

	/** Polls {@code condition} until it holds, failing after {@code limit}, or when the process ended. */
	public void await(BooleanSupplier condition, Duration limit, String what) {
		long deadline = System.nanoTime() + limit.toNanos();
		while (!condition.getAsBoolean()) {
			if (!this.process.isAlive()) {
				throw new AssertionError("The process ended while waiting for " + what + ":\n" + output());
			}
			if (System.nanoTime() - deadline > 0) {
				throw new AssertionError("Waited " + limit + " for " + what + ":\n" + output());
			}
			try {
				this.process.waitFor(50, TimeUnit.MILLISECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

	/** Asks the process to stop, as {@code kill} (SIGTERM) does, without waiting for it. */
	public void terminate() {
		this.process.destroy();
	}

	/** Waits for the process to end, at most {@code limit}. @return whether it ended */
	public boolean awaitExit(Duration limit) {
		try {
			return this.process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Ends the process at once, as {@code kill -9} does. */
	public void kill() {
		this.process.destroyForcibly();
		try {
			this.process.waitFor(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	public String output() {
		try {
			return Files.readString(this.output);
		}
		catch (IOException ex) {
			return "(no output: " + ex + ")";
		}
	}

	@Override
	public void close() {
		this.process.destroy();
		try {
			if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
				kill();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			kill();
		}
	}

	private static boolean isRoot() {
		return "root".equals(System.getProperty("user.name"));
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
