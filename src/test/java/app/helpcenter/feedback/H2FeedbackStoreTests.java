package app.helpcenter.feedback;

import java.nio.file.Path;

import javax.sql.DataSource;

import org.junit.jupiter.api.io.TempDir;

/** The feedback store on H2 in a file, the embedded default. */
class H2FeedbackStoreTests extends FeedbackStoreContract {

	@TempDir
	Path folder;

	@Override
	DataSource database() {
		return Databases.h2(this.folder);
	}

}
