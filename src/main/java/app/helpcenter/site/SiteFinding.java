package app.helpcenter.site;

import java.time.Instant;

import app.helpcenter.check.Finding;

/**
 * A finding of the site as it is served, and since when it has been there: a finding that stays across
 * reloads keeps the time it was first seen, so that authors see what their last edits broke first.
 *
 * @param finding what is wrong, where
 * @param since when it was first seen
 */
public record SiteFinding(Finding finding, Instant since) {
}
