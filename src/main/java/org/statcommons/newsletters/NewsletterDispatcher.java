package org.statcommons.newsletters;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.statcommons.community.Community;
import org.statcommons.mail.Outbox;
import org.statcommons.mail.OutgoingMail;
import org.statcommons.platform.SecretTokens;

/**
 * Dispatches a newsletter, in the caller's transaction: one message per recipient, each with its own unsubscribe
 * link, stored in the outbox with one statement, and every delivery (with the hash of its link) with another.
 */
@Component
class NewsletterDispatcher {

    private final NewsletterMailer mail;
    private final Outbox outbox;
    private final SecretTokens secrets;
    private final Deliveries deliveries;

    NewsletterDispatcher(NewsletterMailer mail, Outbox outbox, SecretTokens secrets, Deliveries deliveries) {
        this.mail = mail;
        this.outbox = outbox;
        this.secrets = secrets;
        this.deliveries = deliveries;
    }

    void dispatch(Community community, Newsletter newsletter, List<RecipientFinder.Recipient> to) {
        NewsletterMailer.Rendered rendered = mail.render(community, newsletter);
        List<OutgoingMail> messages = new ArrayList<>(to.size());
        List<byte[]> hashes = new ArrayList<>(to.size());
        for (RecipientFinder.Recipient recipient : to) {
            String secret = secrets.newSecret();
            hashes.add(secrets.hash(secret));
            messages.add(mail.newsletter(recipient.email(), recipient.language(), rendered, secret));
        }
        List<Long> ids = outbox.enqueueAll(messages);
        List<Deliveries.Delivery> sent = new ArrayList<>(to.size());
        for (int i = 0; i < to.size(); i++) {
            RecipientFinder.Recipient recipient = to.get(i);
            sent.add(new Deliveries.Delivery(
                    ids.get(i), recipient.email(), recipient.accountId(), recipient.subscriberId(), hashes.get(i)));
        }
        deliveries.recordAll(newsletter.id(), sent);
    }
}
