/**
 * Pages: reading a space as members see it (tree, page, history, comparison, who wrote what, broken links),
 * editing with merges and conflicts, moving, deleting and restoring, rendering Markdown with links between
 * pages, and the pages API. Internal to {@code content}.
 */
package org.statcommons.content.pages;
