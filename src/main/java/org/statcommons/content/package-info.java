/**
 * Knowledge spaces: every community's pages kept in a bare Git repository, with history, three-way merges
 * of concurrent edits, comparison of versions, and a PostgreSQL index of the repository. See docs/content.md.
 *
 * <p>This package is the module's API, Spring Modulith's unnamed interface of {@code content}: what other features use (reading and
 * saving pages, a page's address and path, hidden pages, publications, setting a space up, and the events
 * {@code SpaceChanged}, {@code PageHidden}, {@code PublicationChanged}). Every sub-package is internal: the Git
 * engine ({@code space}) and the sub-features ({@code pages}, {@code attachments}, {@code proposals},
 * {@code publishing}, {@code githttp}, {@code moderation}) with the shared frame of a space's screens
 * ({@code web}). A feature that uses a type of a sub-package fails {@code ModuleBoundariesTests}.
 */
package org.statcommons.content;
