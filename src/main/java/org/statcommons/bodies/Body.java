package org.statcommons.bodies;

/** A body of a community: the Steering Committee, a working group of representatives, ... */
public record Body(long id, long communityId, String name, String description) {}
