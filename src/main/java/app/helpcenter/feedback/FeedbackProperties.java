package app.helpcenter.feedback;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Limits on what readers may send ({@code helpcenter.feedback.*}). Where it is kept is Spring's
 * {@code spring.datasource.*}: an H2 file by default, PostgreSQL by its URL.
 *
 * @param postsPerClient how many posts one client (one address, kept in memory only) may make in a burst
 * @param clientRefill how long a client waits for one more post once its burst is spent
 * @param commentsPerArticlePerHour how many comments and reports with text an article takes in an hour, all
 * readers together; more are answered 429 (votes without text still count)
 * @param spamThreshold comments scored below it ({@link SpamScore}, 0 to 100) are kept but hidden by default
 * @param postsAtOnce how many posts the help center handles at once, all clients together; one more is answered
 * 503 at once, so that posts waiting on the database never hold every thread that serves pages
 */
@Validated
@ConfigurationProperties("helpcenter.feedback")
public record FeedbackProperties(@Min(1) @DefaultValue("10") int postsPerClient,
		@NotNull @DefaultValue("6s") Duration clientRefill,
		@Min(1) @DefaultValue("30") int commentsPerArticlePerHour,
		@Min(0) @Max(100) @DefaultValue("50") int spamThreshold, @Min(1) @DefaultValue("8") int postsAtOnce) {
}
