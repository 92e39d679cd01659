package org.statcommons.community;

import java.time.Instant;

import org.statcommons.access.JoinPolicy;

/** A community of practice as its landing page and the API show it. */
public record Community(long id, String slug, String name, String purpose, String description, JoinPolicy joinPolicy,
                        Instant createdAt) {
}
