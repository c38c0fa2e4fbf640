package app.helpcenter.feedback;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import app.helpcenter.support.AppProcess;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing a reader was told was received is lost: the help center runs in a process of its own, answers votes,
 * and is killed with {@code kill -9} right after the last answer; every acknowledged vote is in the database,
 * on H2 (its embedded default, in a file) and on PostgreSQL.
 */
class FeedbackDurabilityTests {

	private static final int VOTES = 60;

	@Test
	void everyAcknowledgedVoteSurvivesKillOnH2(@TempDir Path work) {
		List<String> acknowledged = voteThenKill(work, AppProcess.h2Url(work));
		JdbcDataSource h2 = new JdbcDataSource();
		h2.setURL(AppProcess.h2Url(work));
		h2.setUser("sa");
		assertThat(comments(h2)).containsAll(acknowledged).hasSize(VOTES);
	}

	@Test
	void everyAcknowledgedVoteSurvivesKillOnPostgres(@TempDir Path work) {
		String url = Databases.postgresUrl("durability");
		List<String> acknowledged = voteThenKill(work, url, "--spring.datasource.username=postgres",
				"--spring.datasource.password=postgres");
		DataSource postgres = new DriverManagerDataSource(url, "postgres", "postgres");
		assertThat(comments(postgres)).containsAll(acknowledged).hasSize(VOTES);
	}

	/** Starts the help center on this database, sends votes one after another, kills it after the last answer. */
	private static List<String> voteThenKill(Path work, String url, String... more) {
		List<String> args = new ArrayList<>(List.of("--spring.datasource.url=" + url,
				"--helpcenter.feedback.posts-per-client=1000", "--helpcenter.feedback.comments-per-article-per-hour=1000"));
		args.addAll(List.of(more));
		List<String> acknowledged = new ArrayList<>();
		try (AppProcess app = AppProcess.start(work.resolve("app.log"), List.of(), args.toArray(String[]::new))) {
			app.awaitAnswering(Duration.ofMinutes(2));
			HttpClient http = HttpClient.newHttpClient();
			for (int i = 0; i < VOTES; i++) {
				String comment = "vote-" + i;
				HttpResponse<String> answer = http.send(HttpRequest
					.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/zh-tw/feedback"))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.header("Accept", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(
							"path=partner-center/unable-to-sign-in&helpful=no&comment=" + comment))
					.build(), HttpResponse.BodyHandlers.ofString());
				assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
				acknowledged.add(comment);
			}
			app.kill();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		return acknowledged;
	}

	private static List<String> comments(DataSource database) {
		return JdbcClient.create(database).sql("select comment from article_vote").query(String.class).list();
	}

}
