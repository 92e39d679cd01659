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
import org.statcommons.platform.Text;
import org.statcommons.platform.TimePresenter;
import org.statcommons.platform.i18n.Language;

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
        // the times in a refusal are the author's: their zone, and the language they read it in
        Language language = Language.ofRequestOr(
                account == null ? Language.ENGLISH : account.language().orElse(Language.ENGLISH));
        TimePresenter times = TimePresenter.forZone(account == null ? null : account.timeZone())
                .inLanguage(language.locale());
        Text lifts = newAccountUntil(account, id, now, times);
        if (lifts != null) {
            if (links > limits.newAccountLinksPerPost()) {
                throw new InvalidInputException(
                        "body",
                        Text.of("moderation.posts.new-account.links", limits.newAccountLinksPerPost(), links, lifts));
            }
            refuseOver(
                    id,
                    now,
                    Duration.ofHours(1),
                    limits.newAccountPostsPerHour(),
                    Text.of("moderation.posts.new-account.per-hour", limits.newAccountPostsPerHour(), lifts),
                    times);
        }
        refuseOver(
                id,
                now,
                Duration.ofMinutes(1),
                limits.postsPerMinute(),
                Text.of("moderation.posts.per-minute", limits.postsPerMinute()),
                times);
        refuseOver(
                id,
                now,
                Duration.ofHours(1),
                limits.postsPerHour(),
                Text.of("moderation.posts.per-hour", limits.postsPerHour()),
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
    private Text newAccountUntil(Account account, long accountId, Instant now, TimePresenter times) {
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
        Text more = Text.of(written == 0 ? "moderation.posts.accepted" : "moderation.posts.more-accepted", missing);
        if (!young) {
            return Text.of("moderation.posts.until-written", more);
        }
        return missing == 0
                ? Text.of("moderation.posts.until-time", times.full(grownUp))
                : Text.of("moderation.posts.until-time-and-written", times.full(grownUp), more);
    }

    /**
     * Refuses when the author already wrote {@code max} posts within {@code window}; says when to try again, also as
     * a time in the author's zone.
     */
    private void refuseOver(long accountId, Instant now, Duration window, int max, Text message, TimePresenter times) {
        posts.wait(accountId, now, window, max).ifPresent(wait -> {
            throw new TooManyPostsException(
                    Text.of("moderation.posts.try-again", message, Wording.duration(wait), times.at(now.plus(wait))),
                    wait);
        });
    }
}
