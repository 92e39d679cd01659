/**
 * Full-text search over pages, published pages, comments, discussion posts and datasets' metadata, in PostgreSQL, always filtered by
 * what the reader may see. The index lives in schema {@code search} and follows content, comment and discussion
 * events after they commit. See
 * docs/content.md (Search).
 */
package org.statcommons.search;
