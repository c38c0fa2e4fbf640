/** Reading the content tree: files to front matter and Markdown, one {@link app.helpcenter.content.Article} per file. */
package app.helpcenter.content;
