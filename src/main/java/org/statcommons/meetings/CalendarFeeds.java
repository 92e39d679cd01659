package org.statcommons.meetings;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Permissions;
import org.statcommons.community.Communities;
import org.statcommons.community.Community;
import org.statcommons.identity.Account;
import org.statcommons.identity.Accounts;
import org.statcommons.platform.SecretTokens;

/**
 * Each person's private calendar feed: one secret address (only its hash is kept) listing the meetings of
 * every community in which they may see meetings, decided by the policy at each request, so that leaving
 * a community or being suspended from the platform empties the feed at once. A new address revokes the old.
 */
@Service
class CalendarFeeds {

    /** How far back the feed reaches: recent meetings stay visible in calendars for a while. */
    private static final long HISTORY_DAYS = 90;

    private final JdbcClient db;
    private final SecretTokens secrets;
    private final Accounts accounts;
    private final Permissions permissions;
    private final Meetings meetings;
    private final Communities communities;
    private final MeetingMail mail;

    CalendarFeeds(JdbcClient db, SecretTokens secrets, Accounts accounts, Permissions permissions, Meetings meetings,
                  Communities communities, MeetingMail mail) {
        this.db = db;
        this.secrets = secrets;
        this.accounts = accounts;
        this.permissions = permissions;
        this.meetings = meetings;
        this.communities = communities;
        this.mail = mail;
    }

    /** Makes a new address for the person, revoking the old one; returns its secret (shown once). */
    @Transactional
    String renew(long accountId) {
        String secret = secrets.newSecret();
        db.sql("""
                        insert into meetings.feeds (account_id, token_hash) values (?, ?)
                        on conflict (account_id) do update set token_hash = excluded.token_hash, created_at = now()""")
                .params(accountId, secrets.hash(secret)).update();
        return secret;
    }

    @Transactional
    boolean revoke(long accountId) {
        return db.sql("delete from meetings.feeds where account_id = ?").param(accountId).update() > 0;
    }

    /** When the person's current address was made, if they have one. */
    Optional<Instant> since(long accountId) {
        return db.sql("select created_at from meetings.feeds where account_id = ?").param(accountId)
                .query(Timestamp.class).optional().map(Timestamp::toInstant);
    }

    /** The calendar behind a secret address, or empty for an address that is unknown or revoked. */
    Optional<String> feed(String secret) {
        if (secret == null || secret.length() < 20 || secret.length() > 100) {
            return Optional.empty();
        }
        Optional<Long> accountId = db.sql("select account_id from meetings.feeds where token_hash = ?")
                .param(secrets.hash(secret)).query(Long.class).optional();
        Optional<Account> account = accountId.flatMap(accounts::byId).filter(Account::active);
        if (account.isEmpty()) {
            return Optional.empty();
        }
        Set<Long> visible = permissions.communitiesWhere(account.get().actor(), Action.VIEW_MEETINGS);
        List<Meeting> scheduled = meetings.scheduledIn(visible, Instant.now().minusSeconds(HISTORY_DAYS * 86_400));
        // calendar programs fetch this often: organisers and exceptions are read once for all meetings, not per meeting
        Map<Long, String> organisers = accounts.byIds(scheduled.stream().map(Meeting::organiserId).distinct().toList()).stream()
                .collect(Collectors.toMap(Account::id, Account::displayName));
        Map<Long, Map<Instant, Instant>> exceptions = meetings.exceptions(scheduled.stream().map(Meeting::id).toList());
        Map<Long, Optional<Community>> byId = new HashMap<>();
        List<MeetingCalendar.Details> all = new ArrayList<>();
        for (Meeting meeting : scheduled) {
            Optional<Community> community = byId.computeIfAbsent(meeting.communityId(), communities::byId);
            if (community.isPresent()) {
                all.add(details(community.get(), meeting, organisers.getOrDefault(meeting.organiserId(), "StatCommons"),
                        exceptions.getOrDefault(meeting.id(), Map.of())));
            }
        }
        return Optional.of(MeetingCalendar.publish(all));
    }

    /** One meeting as a calendar file to download. */
    String single(Community community, Meeting meeting) {
        String organiser = accounts.byId(meeting.organiserId()).map(Account::displayName).orElse("StatCommons");
        return MeetingCalendar.publish(List.of(details(community, meeting, organiser, meetings.exceptions(meeting.id()))));
    }

    private MeetingCalendar.Details details(Community community, Meeting meeting, String organiser, Map<Instant, Instant> exceptions) {
        return new MeetingCalendar.Details(meeting, mail.host(), mail.link(MeetingAddress.meeting(community.slug(), meeting.id())),
                organiser, mail.fromAddress(), exceptions);
    }
}
