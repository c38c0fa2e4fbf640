/** Full-text search over both languages of every article, one Lucene index per locale, built at start-up. */
package app.helpcenter.search;
