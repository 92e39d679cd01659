package org.statcommons.content.publishing;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.statcommons.content.PublicationChanged;
import org.statcommons.content.PublishedPageNoticeChanged;

/**
 * The published-page answers {@link PublishedPageFastPath} keeps, forgotten when a publish or unpublish commits, and
 * when what another feature says above a published page changes ({@link PublishedPageNoticeChanged}).
 */
@Component
class KeptPublishedPages {

    private final Map<String, PublishedPageFastPath.Kept> answers = new ConcurrentHashMap<>();

    Map<String, PublishedPageFastPath.Kept> answers() {
        return answers;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void forget(PublicationChanged change) {
        answers.clear();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void forget(PublishedPageNoticeChanged change) {
        answers.clear();
    }
}
