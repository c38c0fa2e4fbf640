/** The site as served: snapshots built from the content, swapped in as it changes, and what watches it. */
package app.helpcenter.site;
