package org.statcommons.notifications;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Communities;
import org.statcommons.community.Community;
import org.statcommons.identity.Account;
import org.statcommons.identity.Accounts;
import org.statcommons.mail.Outbox;
import org.statcommons.mail.OutgoingMail;
import org.statcommons.platform.TimePresenter;
import org.statcommons.platform.activity.ActivityKind;
import org.statcommons.platform.i18n.Language;

/**
 * Sends the daily and weekly digests. A run goes through the people with notices waiting, a batch at a time, each
 * batch in one transaction: it claims the people ({@link DigestSlots}: their rows locked, skipping those another
 * server's run holds, and their slot marker set to this run's), so that several servers running the same schedule
 * share the work and never send one person two digests for one slot; it takes the waiting notices that the
 * person's choice for each community now puts in this digest and that they may still see, queues one e-mail per
 * person in the outbox, and marks those notices digested in the same transaction. Notices of communities now
 * "off", hidden by a moderator, or of a community the person left are marked too, never sent. Memory stays flat:
 * one batch.
 */
@Service
class SendDigests {

    private static final Logger log = LoggerFactory.getLogger(SendDigests.class);

    /** What a run did: the people looked at, the e-mails queued and the notices they hold. */
    record Sent(int people, int emails, int notices) {}

    private final MeterRegistry meters;
    private final TransactionTemplate transaction;
    private final DigestSlots slots;
    private final Notices waiting;
    private final Accounts accounts;
    private final Communities communities;
    private final Permissions permissions;
    private final NoticeMailComposer mail;
    private final Outbox outbox;
    private final NotificationProperties properties;
    private final Clock clock;

    SendDigests(
            TransactionTemplate transaction,
            DigestSlots slots,
            Notices waiting,
            Accounts accounts,
            Communities communities,
            Permissions permissions,
            NoticeMailComposer mail,
            Outbox outbox,
            NotificationProperties properties,
            Clock clock,
            MeterRegistry meters) {
        this.meters = meters;
        this.transaction = transaction;
        this.slots = slots;
        this.waiting = waiting;
        this.accounts = accounts;
        this.communities = communities;
        this.permissions = permissions;
        this.mail = mail;
        this.outbox = outbox;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Sends the digests of one slot (the scheduled time of this run) to everyone with notices waiting; a second
     * run for the same slot sends nothing.
     */
    Sent send(DigestPeriod period, Instant slot) {
        return send(period, slot, account -> true, slot);
    }

    /**
     * Sends the digests of one hourly slot to the people for whom it is the digest hour in their own time zone
     * (on the weekly day, for weekly digests). A person whose last digest of this period is more recent than a
     * period less a few hours (they moved to another time zone) waits for the next one.
     */
    Sent sendLocalMorning(DigestPeriod period, Instant slot) {
        Predicate<Account> due = account -> {
            ZonedDateTime local =
                    slot.atZone(TimePresenter.forZone(account.timeZone()).zone());
            return local.getHour() == properties.digestHour()
                    && (period == DigestPeriod.DAILY || local.getDayOfWeek() == properties.weeklyDigestDay());
        };
        Instant lastBefore = slot.minus(period == DigestPeriod.DAILY ? Duration.ofHours(20) : Duration.ofDays(6));
        return send(period, slot, due, lastBefore);
    }

    /**
     * @param due        who among the people with notices waiting gets a digest in this run
     * @param lastBefore only people whose last digest of this period was before this instant
     */
    private Sent send(DigestPeriod period, Instant slot, Predicate<Account> due, Instant lastBefore) {
        long start = System.nanoTime();
        Map<Long, String> communityNames = new HashMap<>();
        int people = 0;
        int emails = 0;
        int notices = 0;
        long after = 0;
        while (true) {
            long from = after;
            Batch batch = transaction.execute(status -> batch(period, slot, due, lastBefore, from, communityNames));
            if (batch == null || batch.lastClaimed() == 0) {
                break;
            }
            after = batch.lastClaimed();
            people += batch.sent().people();
            emails += batch.sent().emails();
            notices += batch.sent().notices();
        }
        if (people > 0) {
            log.info(
                    "{} digest of {}: {} e-mails with {} notices ({} people looked at)",
                    period.word(),
                    slot,
                    emails,
                    notices,
                    people);
        }
        Timer.builder("statcommons.digests")
                .description("Digest runs (each daily or weekly slot) and how long they took")
                .tag("period", period.name().toLowerCase(Locale.ROOT))
                .register(meters)
                .record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        Counter.builder("statcommons.digests.emails")
                .description("Digest e-mails queued")
                .tag("period", period.name().toLowerCase(Locale.ROOT))
                .register(meters)
                .increment(emails);
        return new Sent(people, emails, notices);
    }

    /** One batch's work, and the last person it looked at: the next batch starts after them. */
    private record Batch(Sent sent, long lastClaimed) {}

    private Batch batch(
            DigestPeriod period,
            Instant slot,
            Predicate<Account> due,
            Instant lastBefore,
            long after,
            Map<Long, String> communityNames) {
        List<Long> candidates = slots.claim(period, lastBefore, after, properties.digestBatch());
        if (candidates.isEmpty()) {
            return new Batch(new Sent(0, 0, 0), 0);
        }
        long lastClaimed = candidates.get(candidates.size() - 1);
        Map<Long, Account> people = new HashMap<>();
        Set<Long> existing = new HashSet<>();
        for (Account account : accounts.byIds(candidates)) {
            existing.add(account.id());
            if (due.test(account)) {
                people.put(account.id(), account);
            }
        }
        // an account that no longer exists is taken too, so that its notices are marked and never looked at again
        List<Long> claimed = candidates.stream()
                .filter(id -> people.containsKey(id) || !existing.contains(id))
                .toList();
        if (claimed.isEmpty()) {
            return new Batch(new Sent(0, 0, 0), lastClaimed);
        }
        Long[] ids = claimed.toArray(Long[]::new);
        List<WaitingNotice> found = waiting.waitingForDigest(ids, properties.defaultChoice());
        Map<Long, Set<Long>> allowed = whoMaySee(found, people);

        List<Long> done = new ArrayList<>();
        Map<Long, List<WaitingNotice>> included = new LinkedHashMap<>();
        for (WaitingNotice notice : found) {
            Account person = people.get(notice.accountId());
            boolean wanted = period.serves(notice.choice());
            boolean dropped = notice.choice() == Choice.OFF
                    || notice.hidden()
                    || person == null
                    || !person.active()
                    || !allowed.getOrDefault(notice.communityId(), Set.of()).contains(notice.accountId());
            if (wanted && !dropped) {
                included.computeIfAbsent(notice.accountId(), k -> new ArrayList<>())
                        .add(notice);
            }
            if (wanted || dropped) {
                done.add(notice.noticeId());
            }
        }
        List<OutgoingMail> messages = new ArrayList<>(included.size());
        included.forEach((accountId, notices) -> messages.add(mail.digest(
                people.get(accountId).email(),
                accountId,
                TimePresenter.forZone(people.get(accountId).timeZone())
                        .inLanguage(people.get(accountId)
                                .language()
                                .orElse(Language.ENGLISH)
                                .locale()),
                people.get(accountId).language().orElse(Language.ENGLISH),
                period,
                sections(notices, communityNames),
                notices.size())));
        outbox.enqueueAll(messages);
        waiting.markDigested(done, clock.instant());
        slots.mark(period, ids, slot);
        return new Batch(
                new Sent(
                        claimed.size(),
                        messages.size(),
                        included.values().stream().mapToInt(List::size).sum()),
                lastClaimed);
    }

    /** For each community in the batch, which of its people may still see it: one policy question per community. */
    private Map<Long, Set<Long>> whoMaySee(List<WaitingNotice> waiting, Map<Long, Account> people) {
        Map<Long, List<Actor>> askers = new HashMap<>();
        for (WaitingNotice notice : waiting) {
            Account person = people.get(notice.accountId());
            if (person != null) {
                List<Actor> actors = askers.computeIfAbsent(notice.communityId(), k -> new ArrayList<>());
                if (actors.isEmpty() || actors.get(actors.size() - 1).accountId() != person.id()) {
                    actors.add(person.actor());
                }
            }
        }
        Map<Long, Set<Long>> allowed = new HashMap<>();
        askers.forEach((communityId, actors) ->
                allowed.put(communityId, permissions.whoMay(actors, Action.VIEW_COMMUNITY_INSIDE, communityId)));
        return allowed;
    }

    /** Notices arrive ordered by community and kind; consecutive ones of a community or kind share a heading. */
    private List<DigestSection> sections(List<WaitingNotice> notices, Map<Long, String> communityNames) {
        Map<Long, Map<ActivityKind, List<DigestSection.Line>>> grouped = new LinkedHashMap<>();
        for (WaitingNotice notice : notices) {
            grouped.computeIfAbsent(notice.communityId(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(notice.kind(), k -> new ArrayList<>())
                    .add(new DigestSection.Line(notice.title(), notice.titleText(), notice.link()));
        }
        List<DigestSection> sections = new ArrayList<>();
        grouped.forEach((communityId, kinds) -> {
            String name = communityNames.computeIfAbsent(
                    communityId, id -> communities.byId(id).map(Community::name).orElse("A community"));
            List<DigestSection.Group> groups = new ArrayList<>();
            kinds.forEach((kind, lines) -> groups.add(new DigestSection.Group(kind, lines)));
            sections.add(new DigestSection(name, groups));
        });
        return sections;
    }
}
