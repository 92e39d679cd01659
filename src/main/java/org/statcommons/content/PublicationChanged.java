package org.statcommons.content;

/**
 * A page was published (again) or unpublished. Published inside the transaction that recorded it, so
 * listeners in that transaction (search) see the new state through {@link Publications#published}.
 */
public record PublicationChanged(long communityId, String path, boolean published) {}
