package app.helpcenter.feedback;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs {@link UnansweredSearches#flush()} on its schedule. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class FeedbackConfiguration {

}
