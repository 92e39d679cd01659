package org.statcommons.identity;

import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A person's personal data as one JSON document (GDPR articles 15 and 20; docs/identity.md "Your personal data"):
 * the account, then each feature's section ({@link PersonalDataSource}), in the shape
 * {@code {"format": "statcommons-personal-data/1", "exportedAt", "account", "sections": {feature: …}}}. Written to
 * the answer as it is read, in one read-only transaction (every section as of one moment); long lists come page by
 * page ({@link PersonalDataRows}). Only the person themselves, or an administrator on their request, downloads it;
 * an administrator's download is audited.
 */
@Service
class DownloadPersonalData {

    static final String FORMAT = "statcommons-personal-data/1";

    /** The account as the download shows it: the profile and the addresses, with the account's state. */
    record AccountData(
            long id,
            String email,
            boolean emailVerified,
            String displayName,
            String organisation,
            OrganisationKind organisationKind,
            String country,
            String timeZone,
            List<String> languages,
            String interfaceLanguage,
            String bio,
            String platformRole,
            boolean active,
            Instant createdAt) {}

    private final Permissions permissions;
    private final Accounts accounts;
    private final AccountAuditEntries audit;
    private final List<PersonalDataSource> sources;
    private final JsonMapper json;
    private final Clock clock;

    DownloadPersonalData(
            Permissions permissions,
            Accounts accounts,
            AccountAuditEntries audit,
            List<PersonalDataSource> sources,
            JsonMapper json,
            Clock clock) {
        this.permissions = permissions;
        this.accounts = accounts;
        this.audit = audit;
        this.sources = sources.stream()
                .sorted(Comparator.comparing(PersonalDataSource::section))
                .toList();
        this.json = json;
        this.clock = clock;
    }

    /** One's own data. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    void own(Actor actor, OutputStream out) {
        permissions.require(actor, Action.DOWNLOAD_OWN_DATA);
        write(accounts.existing(actor.accountId()), out);
    }

    /** Someone's data, downloaded by an administrator on their request: audited before a byte is written. */
    @Transactional(isolation = Isolation.REPEATABLE_READ)
    void onRequest(Actor actor, long accountId, OutputStream out) {
        permissions.require(actor, Action.ACT_ON_PERSONAL_DATA_REQUESTS);
        Account account = accounts.existing(accountId);
        audit.record(
                accountId,
                actor.accountId(),
                AccountAuditEntries.Kind.PERSONAL_DATA_DOWNLOADED,
                false,
                "",
                clock.instant());
        write(account, out);
    }

    private void write(Account account, OutputStream out) {
        Map<String, Object> sections = new LinkedHashMap<>();
        for (PersonalDataSource source : sources) {
            sections.put(source.section(), source.of(account.id()));
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("format", FORMAT);
        document.put("exportedAt", clock.instant());
        document.put(
                "account",
                new AccountData(
                        account.id(),
                        account.email(),
                        account.emailVerified(),
                        account.displayName(),
                        account.organisation(),
                        account.organisationKind(),
                        account.country(),
                        account.timeZone(),
                        account.languages(),
                        account.interfaceLanguage(),
                        account.bio(),
                        account.platformRole().name(),
                        account.active(),
                        account.createdAt()));
        document.put("sections", sections);
        // the answer stays open until the transaction has ended: an administrator's download is recorded (committed)
        // before the file is complete at the other end
        json.writer().without(StreamWriteFeature.AUTO_CLOSE_TARGET).writeValue(out, document);
    }
}
