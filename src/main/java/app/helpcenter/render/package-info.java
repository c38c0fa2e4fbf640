/** Markdown to sanitized HTML pages, one per article and view, built once when content loads. */
package app.helpcenter.render;
