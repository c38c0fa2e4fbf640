/**
 * What readers tell authors and translators: whether an article helped, and which sentence is badly translated.
 * Kept in a database (H2 in a file by default, PostgreSQL by configuration), never with who sent it.
 */
package app.helpcenter.feedback;
