/**
 * Full-text search over pages, published pages and comments, in PostgreSQL, always filtered by what the
 * reader may see. The index lives in schema {@code search} and follows content and comment events. See
 * docs/content.md (Search).
 */
package org.statcommons.search;
