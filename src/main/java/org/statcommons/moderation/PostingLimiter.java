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
import org.statcommons.platform.TimePresenter;

/**
 * Asked by every feature before it stores something a person wrote (a comment, a discussion post), so that
 * new accounts and floods are limited in one place. A new account of open sign-up (young, or with few accepted
 * posts) may put only a few links in a post and write only a few posts an hour; an account someone vouched for (it
 * was invited, or its membership request approved: {@code Account.vouched}) starts trusted. Everyone may write only
 * so many posts a minute and an hour, so a spam wave stops by itself. Refusals say the limit and when it lifts, in
 * the author's time zone. Each accepted post is recorded in the caller's
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
        Account account = accounts.byId(id).orElse(null);
        TimePresenter times = TimePresenter.forZone(account == null ? null : account.timeZone());
        String lifts = newAccountUntil(account, id, now, times);
        if (lifts != null) {
            if (links > limits.newAccountLinksPerPost()) {
                throw new InvalidInputException(
                        "body",
                        "New accounts that signed up on their own may put at most "
                                + Wording.plural(limits.newAccountLinksPerPost(), "link")
                                + " in a post (this one has " + links + ")" + lifts
                                + ". Accounts invited by the community, or whose request was approved, have no such"
                                + " limit.");
            }
            refuseOver(
                    id,
                    now,
                    Duration.ofHours(1),
                    limits.newAccountPostsPerHour(),
                    "New accounts that signed up on their own may write at most "
                            + Wording.plural(limits.newAccountPostsPerHour(), "post") + " an hour" + lifts + ".",
                    times);
        }
        refuseOver(
                id,
                now,
                Duration.ofMinutes(1),
                limits.postsPerMinute(),
                "You are posting very fast: at most " + limits.postsPerMinute() + " posts a minute.",
                times);
        refuseOver(
                id,
                now,
                Duration.ofHours(1),
                limits.postsPerHour(),
                "You have written " + limits.postsPerHour() + " posts in the last hour, the most anyone may.",
                times);
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

    /**
     * Null when the author is not a new account of open sign-up: vouched for (invited, or their request approved), or
     * old enough with enough accepted posts. Otherwise when the new-account limits lift, as the end of a sentence in
     * the author's zone (" until Sat 6 Dec 2026, 10:00 (Asia/Kathmandu, UTC+05:45), and until you have written 2
     * more posts").
     */
    private String newAccountUntil(Account account, long accountId, Instant now, TimePresenter times) {
        if (account != null && account.vouched()) {
            return null;
        }
        Instant grownUp = (account == null ? now : account.createdAt()).plus(limits.newAccountAge());
        int written = limits.newAccountPosts() > 0 ? posts.count(accountId, limits.newAccountPosts()) : 0;
        int missing = Math.max(0, limits.newAccountPosts() - written);
        boolean young = grownUp.isAfter(now);
        if (!young && missing == 0) {
            return null;
        }
        String more = Wording.plural(missing, written == 0 ? "accepted post" : "more accepted post");
        if (!young) {
            return ", until you have written " + more;
        }
        return " until " + times.full(grownUp) + (missing == 0 ? "" : ", and until you have written " + more);
    }

    /**
     * Refuses when the author already wrote {@code max} posts within {@code window}; says when to try again, also as
     * a time in the author's zone.
     */
    private void refuseOver(
            long accountId, Instant now, Duration window, int max, String message, TimePresenter times) {
        posts.wait(accountId, now, window, max).ifPresent(wait -> {
            throw new TooManyPostsException(
                    message + " Please try again in " + Wording.duration(wait) + " (from " + times.at(now.plus(wait))
                            + ").",
                    wait);
        });
    }
}
