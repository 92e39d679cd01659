package org.statcommons.moderation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Actor;
import org.statcommons.identity.Account;
import org.statcommons.identity.Accounts;
import org.statcommons.platform.InvalidInputException;

/**
 * Asked by every feature before it stores something a person wrote (a comment, a discussion post), so that
 * new accounts and floods are limited in one place. A new account (young, or with few accepted posts) may put
 * only a few links in a post and write only a few posts an hour; everyone may write only so many posts a
 * minute and an hour, so a spam wave stops by itself. Each accepted post is recorded in the caller's
 * transaction: a post that is rolled back is not counted.
 */
@Service
public class PostingLimiter {

    /** Links as people write them in Markdown or plain text: web addresses, bare "www." and e-mail links. */
    private static final Pattern LINK = Pattern.compile("(?i)(?<![\\w/.])(?:https?://|ftp://|www\\.|mailto:)");

    private final CountedPosts posts;
    private final Accounts accounts;
    private final ModerationProperties limits;
    private final Clock clock;

    PostingLimiter(CountedPosts posts, Accounts accounts, ModerationProperties limits, Clock clock) {
        this.posts = posts;
        this.accounts = accounts;
        this.limits = limits;
        this.clock = clock;
    }

    /**
     * Refuses the post with a clear message when its author is over a limit, else records it.
     *
     * @param body the text as written (Markdown), whose links are counted
     * @throws InvalidInputException when the post breaks a limit for new accounts
     * @throws TooManyPostsException when the author posts too fast
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void check(Actor author, long communityId, String body) {
        if (!author.signedIn()) {
            return;
        }
        long id = author.accountId();
        // one author's posts are counted one at a time, so that two posts sent together cannot both slip under a limit
        posts.lock(id);
        int links = links(body);
        Instant now = clock.instant();
        if (isNew(id, now)) {
            if (links > limits.newAccountLinksPerPost()) {
                throw new InvalidInputException(
                        "body",
                        "New accounts may put at most " + limits.newAccountLinksPerPost()
                                + (limits.newAccountLinksPerPost() == 1 ? " link" : " links")
                                + " in a post (this one has " + links
                                + "). The limit ends once you have taken part for a while.");
            }
            refuseOver(
                    id,
                    now,
                    Duration.ofHours(1),
                    limits.newAccountPostsPerHour(),
                    "New accounts may write at most " + limits.newAccountPostsPerHour()
                            + " posts an hour until they have taken part for a while.");
        }
        refuseOver(
                id,
                now,
                Duration.ofMinutes(1),
                limits.postsPerMinute(),
                "You are posting very fast: at most " + limits.postsPerMinute() + " posts a minute.");
        refuseOver(
                id,
                now,
                Duration.ofHours(1),
                limits.postsPerHour(),
                "You have written " + limits.postsPerHour() + " posts in the last hour, the most anyone may.");
        posts.record(id, communityId, links, now);
    }

    /** How many links a text holds. */
    static int links(String body) {
        if (body == null) {
            return 0;
        }
        Matcher m = LINK.matcher(body);
        int count = 0;
        while (m.find()) {
            count++;
        }
        return count;
    }

    private boolean isNew(long accountId, Instant now) {
        Instant created = accounts.byId(accountId).map(Account::createdAt).orElse(now);
        if (created.isAfter(now.minus(limits.newAccountAge()))) {
            return true;
        }
        return limits.newAccountPosts() > 0 && !posts.atLeast(accountId, limits.newAccountPosts());
    }

    /** Refuses when the author already wrote {@code max} posts within {@code window}; says when to try again. */
    private void refuseOver(long accountId, Instant now, Duration window, int max, String message) {
        posts.wait(accountId, now, window, max).ifPresent(wait -> {
            throw new TooManyPostsException(message + " Please try again in " + Wording.duration(wait) + ".", wait);
        });
    }
}
