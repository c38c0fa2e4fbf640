package app.helpcenter.feedback;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * What readers sent, as metrics: {@code helpcenter.feedback.received} by kind (vote, report, robot: a post with
 * the honeypot filled in, answered as if kept and dropped) and {@code helpcenter.feedback.refused} by reason (the
 * refusal's name: invalid, missing, not-found, too-large, too-many (the comments of one article), cross-site;
 * client-limit and busy from the per-client bucket and the posts handled at once).
 */
@Component
public class FeedbackMetrics {

	private final MeterRegistry meters;

	public FeedbackMetrics(MeterRegistry meters) {
		this.meters = meters;
	}

	/** A post kept: {@code vote} or {@code report}; {@code robot} for one dropped by the honeypot. */
	public void received(String kind) {
		Counter.builder("helpcenter.feedback.received")
			.description("Feedback posts kept (votes, reports) and dropped as a robot's")
			.tag("kind", kind)
			.register(this.meters)
			.increment();
	}

	/** A post refused, by the name of its reason. */
	public void refused(String reason) {
		Counter.builder("helpcenter.feedback.refused")
			.description("Feedback posts refused, by reason")
			.tag("reason", reason)
			.register(this.meters)
			.increment();
	}

}
