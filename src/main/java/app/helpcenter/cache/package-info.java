/** What a restart does not redo: renderings of articles kept on disk. */
package app.helpcenter.cache;
