package org.statcommons.comments;

import java.util.List;
import org.springframework.stereotype.Component;
import org.statcommons.identity.PersonalDataRows;
import org.statcommons.identity.PersonalDataSource;

/**
 * A person's comments (on pages and on other things with threads, such as datasets; deleted and hidden ones too) and
 * the pages whose comments they follow, as their personal data lists them. Comments are read a page at a time.
 */
@Component
class CommentPersonalData implements PersonalDataSource {

    record Section(Iterable<Comments.Written> comments, List<PageFollowers.Held> followedPages) {}

    private final Comments comments;
    private final PageFollowers followers;

    CommentPersonalData(Comments comments, PageFollowers followers) {
        this.comments = comments;
        this.followers = followers;
    }

    @Override
    public String section() {
        return "comments";
    }

    @Override
    public Object of(long personId) {
        return new Section(
                new PersonalDataRows<>(
                        after -> comments.writtenBy(personId, after, PersonalDataRows.PAGE), Comments.Written::id),
                followers.of(personId));
    }
}
