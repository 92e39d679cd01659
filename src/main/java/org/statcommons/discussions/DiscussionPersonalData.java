package org.statcommons.discussions;

import java.util.List;
import org.springframework.stereotype.Component;
import org.statcommons.identity.PersonalDataRows;
import org.statcommons.identity.PersonalDataSource;

/**
 * A person's discussion posts (their text, the discussion, when; deleted and hidden ones too, whose text is kept) and
 * the discussions they follow or muted, as their personal data lists them. Posts are read a page at a time.
 */
@Component
class DiscussionPersonalData implements PersonalDataSource {

    record Section(Iterable<Posts.Written> posts, List<Subscriptions.Held> follows) {}

    private final Posts posts;
    private final Subscriptions subscriptions;

    DiscussionPersonalData(Posts posts, Subscriptions subscriptions) {
        this.posts = posts;
        this.subscriptions = subscriptions;
    }

    @Override
    public String section() {
        return "discussions";
    }

    @Override
    public Object of(long personId) {
        return new Section(
                new PersonalDataRows<>(
                        after -> posts.writtenBy(personId, after, PersonalDataRows.PAGE), Posts.Written::id),
                subscriptions.of(personId));
    }
}
