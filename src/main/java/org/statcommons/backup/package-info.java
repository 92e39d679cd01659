/**
 * Backups that restore: the whole database as a logical dump taken in one snapshot, every Git repository as a bundle,
 * a manifest with every file's size and SHA-256 written last; made by a schedule, an administrator's "Back up now" at
 * {@code /admin/backups} or the {@code backup} command, and read back by the {@code restore} command into a fresh data
 * directory or database. The one feature that reads every table: a backup is of everything, by definition, and is
 * read and written below the features' own SQL. See docs/operations.md "Backup and restore".
 */
package org.statcommons.backup;
