package org.statcommons.content;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * After a Git push moved main: the index catches up with the pushed commits (under the space's lock, as a
 * web save would) and {@link SpaceChanged} is published, so a push feeds everything a web edit feeds.
 */
@Service
public class SpacePushes {

    private final SpaceRepositories repositories;
    private final SpaceIndex index;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    SpacePushes(SpaceRepositories repositories, SpaceIndex index, ApplicationEventPublisher events,
                PlatformTransactionManager transactionManager) {
        this.repositories = repositories;
        this.index = index;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** @param before main before the push, null when the push created it */
    public void mainPushed(long communityId, String before, String after) {
        transactions.executeWithoutResult(status -> {
            SpaceIndex.State state = index.lock(communityId);
            try (Snapshot snapshot = new Snapshot(repositories.create(communityId))) {
                index.catchUp(snapshot, state);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            events.publishEvent(new SpaceChanged(communityId, before, after));
        });
    }
}
