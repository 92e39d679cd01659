/**
 * The academy: courses kept in Git by content's engine (a course is a repository like a space), their manifest and
 * episodes, the course site, its printable page and offline zip, the public catalogue and the API. See
 * docs/academy.md.
 */
package org.statcommons.academy;
