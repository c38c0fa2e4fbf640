/** Checks a content tree for what an author must fix before a reader sees it; no Spring, no rendering. */
package app.helpcenter.check;
