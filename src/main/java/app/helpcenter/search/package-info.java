/** Full-text search over both languages of every article: one Lucene index per locale, kept up to date as content changes. */
package app.helpcenter.search;
