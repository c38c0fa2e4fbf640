package app.helpcenter.feedback;

import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

/** The feedback store on a real PostgreSQL server. */
class PostgresFeedbackStoreTests extends FeedbackStoreContract {

	private static final AtomicInteger DATABASES = new AtomicInteger();

	@Override
	DataSource database() {
		return Databases.postgres("store_" + DATABASES.incrementAndGet());
	}

}
