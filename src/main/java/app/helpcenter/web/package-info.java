/** Controllers, locale resolution and error pages; nothing here reads files. */
package app.helpcenter.web;
