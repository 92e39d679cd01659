package org.statcommons.content.publishing;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.statcommons.content.PublicationChanged;
import org.statcommons.content.PublishedPageNoticeChanged;
import org.statcommons.platform.database.ServerSignals;

/**
 * The published-page answers {@link PublishedPageFastPath} keeps, forgotten when a publish or unpublish commits, and
 * when what another feature says above a published page changes ({@link PublishedPageNoticeChanged}), here and, through
 * {@link ServerSignals}, on the other servers sharing the database.
 */
@Component
class KeptPublishedPages {

    /** What several servers on one database tell each other when a published page or its notice changed. */
    private static final String SIGNAL = "published-pages";

    private final Map<String, PublishedPageFastPath.Kept> answers = new ConcurrentHashMap<>();
    private final ServerSignals signals;

    KeptPublishedPages(ServerSignals signals) {
        this.signals = signals;
        signals.onChange(SIGNAL, answers::clear);
    }

    Map<String, PublishedPageFastPath.Kept> answers() {
        return answers;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void forget(PublicationChanged change) {
        answers.clear();
        signals.changed(SIGNAL);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void forget(PublishedPageNoticeChanged change) {
        answers.clear();
        signals.changed(SIGNAL);
    }
}
