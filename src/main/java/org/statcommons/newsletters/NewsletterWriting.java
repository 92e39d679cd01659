package org.statcommons.newsletters;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.TextInput;

/** Writing a newsletter: drafts are saved and changed until the newsletter is sent. */
@Service
class NewsletterWriting {

    static final int SUBJECT_LENGTH = 200;
    static final int BODY_LENGTH = 100_000;

    private final Permissions permissions;
    private final Newsletters newsletters;

    NewsletterWriting(Permissions permissions, Newsletters newsletters) {
        this.permissions = permissions;
        this.newsletters = newsletters;
    }

    /** Saves a new draft; returns its id. */
    @Transactional
    long create(Actor actor, Community community, String subject, String body) {
        permissions.require(actor, Action.SEND_NEWSLETTER, community.id());
        Text text = check(subject, body);
        return newsletters.insert(community.id(), text.subject(), text.body(), actor.accountId());
    }

    @Transactional
    void update(Actor actor, Community community, long id, String subject, String body) {
        permissions.require(actor, Action.SEND_NEWSLETTER, community.id());
        Text text = check(subject, body);
        Newsletter newsletter = newsletters.lock(community.id(), id)
                .orElseThrow(() -> new NotFoundException("There is no newsletter #" + id + " in this community."));
        if (newsletter.sent() || !newsletters.updateDraft(community.id(), id, text.subject(), text.body(), actor.accountId())) {
            throw new ConflictException("This newsletter has been sent; a sent newsletter is not changed.");
        }
    }

    record Text(String subject, String body) {
    }

    static Text check(String subject, String body) {
        TextInput input = new TextInput();
        String s = input.line("subject", "Subject", subject, SUBJECT_LENGTH, true);
        String b = input.block("body", "Text", body, BODY_LENGTH, true);
        input.throwIfInvalid();
        return new Text(s, b);
    }

    /** The text with the chosen highlights added at its end, each on its own line. */
    static String withHighlights(String body, List<String> chosen) {
        if (chosen == null || chosen.isEmpty()) {
            return body == null ? "" : body;
        }
        StringBuilder text = new StringBuilder(body == null ? "" : body.stripTrailing());
        if (text.length() > 0) {
            text.append("\n\n");
        }
        for (String markdown : chosen) {
            if (markdown != null && !markdown.isBlank()) {
                text.append(markdown.strip()).append('\n');
            }
        }
        return text.toString();
    }
}
