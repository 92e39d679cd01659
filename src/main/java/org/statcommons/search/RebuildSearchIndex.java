package org.statcommons.search;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Communities;
import org.statcommons.content.BodySpaces;

/**
 * Builds the whole index from content, comments and discussions: once at the first start after search was installed
 * (spaces made before it have documents to index), and whenever an administrator asks (after restoring a backup of
 * the repositories, say). One transaction per community.
 */
@Service
class RebuildSearchIndex {

    private final IndexRebuilds rebuilds;
    private final Communities communities;
    private final SearchIndexer indexer;
    private final Permissions permissions;
    private final BodySpaces bodySpaces;

    RebuildSearchIndex(
            IndexRebuilds rebuilds,
            Communities communities,
            SearchIndexer indexer,
            Permissions permissions,
            BodySpaces bodySpaces) {
        this.bodySpaces = bodySpaces;
        this.rebuilds = rebuilds;
        this.communities = communities;
        this.indexer = indexer;
        this.permissions = permissions;
    }

    /** Rebuilds every community's documents, for an administrator; returns the number of documents. */
    long rebuild(Actor actor) {
        permissions.require(actor, Action.MANAGE_PLATFORM);
        return rebuildAll();
    }

    @EventListener(ApplicationReadyEvent.class)
    void firstStart() {
        if (rebuilds.none()) {
            rebuildAll();
        }
    }

    private long rebuildAll() {
        long documents = 0;
        for (Communities.Listed listed : communities.all()) {
            documents += indexer.rebuild(listed.community().id());
        }
        // bodies' members-only spaces are indexed under their own keys (content.BodySpace)
        for (long key : bodySpaces.keys()) {
            documents += indexer.rebuild(key);
        }
        rebuilds.record(documents);
        return documents;
    }
}
