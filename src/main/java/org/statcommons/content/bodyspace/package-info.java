/**
 * A body's members-only space (issue 11): the screens of a space owned by one of a community's bodies, kept by the
 * same engine as the community's space under the body's key ({@code content.BodySpace}), and its section on the
 * body's page. Pages, their history and comparisons; no publishing, proposals, files or comments (docs/governance.md).
 */
package org.statcommons.content.bodyspace;
