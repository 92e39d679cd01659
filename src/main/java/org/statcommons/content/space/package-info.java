/**
 * The Git engine of knowledge spaces, internal to {@code content}: the bare repository of each community
 * ({@code SpaceRepositories}), snapshots and commits under the space's lock ({@code SpaceWriter}), three-way merges,
 * the PostgreSQL index of the repository ({@code SpaceIndexer}), history, branches and repacking. Only the
 * sub-features of {@code content} use it; other features go through the root package.
 */
package org.statcommons.content.space;
