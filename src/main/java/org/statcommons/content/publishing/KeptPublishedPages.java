package org.statcommons.content.publishing;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.statcommons.content.PublicationChanged;

/** The published-page answers {@link PublishedPageFastPath} keeps, forgotten when a publish or unpublish commits. */
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
}
