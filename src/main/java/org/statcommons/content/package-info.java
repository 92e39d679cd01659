/**
 * Knowledge spaces: every community's pages kept in a bare Git repository, with history, three-way merges
 * of concurrent edits, comparison of versions, and a PostgreSQL index of the repository. See docs/content.md.
 */
package org.statcommons.content;
