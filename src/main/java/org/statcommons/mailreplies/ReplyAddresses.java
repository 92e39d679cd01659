package org.statcommons.mailreplies;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.statcommons.platform.SecretTokens;
import org.statcommons.platform.activity.Activity;
import org.statcommons.platform.activity.ActivityKind;
import org.statcommons.platform.activity.Subject;

/**
 * Reply-by-e-mail addresses, {@code reply+<secret>@<domain>}: each is for one person and one thread, a new
 * secret for every e-mail (so an old notification still answers), only its hash stored, revoked all at once by
 * the person. The notification e-mails ask for them; an incoming reply is matched to one here.
 */
@Repository
public class ReplyAddresses {

    /** The kinds of notice a person can answer by e-mail: those about a discussion post or a page comment. */
    private static final Set<ActivityKind> ANSWERABLE = EnumSet.of(
            ActivityKind.REPLY,
            ActivityKind.MENTION,
            ActivityKind.PAGE_COMMENT,
            ActivityKind.DISCUSSION_STARTED,
            ActivityKind.DATASET_COMMENT);

    /** The local part of a reply address; the secret is URL-safe base64 (43 characters for 256 bits). */
    private static final Pattern LOCAL = Pattern.compile("reply\\+([A-Za-z0-9_-]{43})", Pattern.CASE_INSENSITIVE);

    /** An address that names a person and a thing they may answer; {@code revoked} ones bounce. */
    record ReplyAddress(long accountId, long communityId, Subject subject, boolean revoked) {}

    private final JdbcClient db;
    private final SecretTokens secrets;
    private final MailReplyProperties properties;
    private final Clock clock;

    ReplyAddresses(JdbcClient db, SecretTokens secrets, MailReplyProperties properties, Clock clock) {
        this.db = db;
        this.secrets = secrets;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * What a reply to an e-mail about this activity answers: the discussion ({@code thread:12}) or the thread of the
     * comment ({@code comment:40}); empty for anything else, and when no reply domain is configured.
     */
    public Optional<Subject> answerable(Activity activity) {
        if (!properties.repliesOn() || !ANSWERABLE.contains(activity.kind())) {
            return Optional.empty();
        }
        if ("thread".equals(activity.about().kind())) {
            return Optional.of(activity.about());
        }
        if ("comment".equals(activity.item().kind())) {
            return Optional.of(activity.item());
        }
        return Optional.empty();
    }

    /**
     * A new reply address for each of these people, for one thing in one community, stored with one statement in
     * the caller's transaction (the e-mails that carry them are queued in it too).
     */
    public Map<Long, String> issue(List<Long> accountIds, long communityId, Subject subject) {
        Map<Long, String> addresses = new LinkedHashMap<>();
        List<String> hashes = new ArrayList<>(accountIds.size());
        for (long accountId : accountIds) {
            String secret = secrets.newSecret();
            hashes.add(HexFormat.of().formatHex(secrets.hash(secret)));
            addresses.put(accountId, "reply+" + secret + "@" + properties.domain());
        }
        if (accountIds.isEmpty()) {
            return addresses;
        }
        db.sql("""
                        insert into mailreplies.addresses (token_hash, account_id, community_id, subject)
                        select decode(h, 'hex'), a, :community, :subject
                          from unnest(cast(:hashes as text[]), cast(:accounts as bigint[])) as t(h, a)""")
                .param("community", communityId)
                .param("subject", subject.key())
                .param("hashes", hashes.toArray(String[]::new))
                .param("accounts", accountIds.toArray(Long[]::new))
                .update();
        return addresses;
    }

    /** The address a reply went to, if it is one of ours: {@code reply+<secret>@<domain>}, any case of the domain. */
    Optional<ReplyAddress> find(String address) {
        int at = address.lastIndexOf('@');
        if (at < 0 || !properties.repliesOn()) {
            return Optional.empty();
        }
        Matcher local = LOCAL.matcher(address.substring(0, at));
        String domain = address.substring(at + 1).toLowerCase(Locale.ROOT);
        if (!local.matches() || !domain.equals(properties.domain().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        return db.sql("""
                        select account_id, community_id, subject, revoked_at is not null as revoked
                          from mailreplies.addresses where token_hash = ?""")
                .param(secrets.hash(local.group(1)))
                .query((rs, row) -> new ReplyAddress(
                        rs.getLong("account_id"),
                        rs.getLong("community_id"),
                        Subject.parse(rs.getString("subject")),
                        rs.getBoolean("revoked")))
                .optional();
    }

    /** Whether this text holds the shape of a reply address (before it is looked up). */
    static boolean looksLikeOne(String address) {
        int at = address.lastIndexOf('@');
        return at > 0 && LOCAL.matcher(address.substring(0, at)).matches();
    }

    /** Every reply address of the person stops working; returns how many did. */
    int revokeAll(long accountId) {
        return db.sql("update mailreplies.addresses set revoked_at = ? where account_id = ? and revoked_at is null")
                .params(Timestamp.from(clock.instant()), accountId)
                .update();
    }
}
