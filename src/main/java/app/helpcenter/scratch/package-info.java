/** Temporary folders of the running process (prepared responses, search indexes), reclaimed after a crash. */
package app.helpcenter.scratch;
