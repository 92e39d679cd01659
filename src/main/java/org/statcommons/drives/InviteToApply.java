package org.statcommons.drives;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;
import org.statcommons.community.Memberships;
import org.statcommons.identity.Account;
import org.statcommons.identity.Accounts;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.EmailAddress;
import org.statcommons.platform.SecretTokens;
import org.statcommons.platform.Text;
import org.statcommons.platform.i18n.Language;

/**
 * Invites the people of an uploaded CSV file to apply: the file is read whole ({@link InvitationFileReader}), the rows
 * whose address is a member's already or was invited to this drive before are left out and said so, and only a file
 * with no problem at all is sent, every invitation (with its personal link) through the outbox in this one
 * transaction. A file with a problem sends nothing and stores nothing.
 */
@Service
class InviteToApply {

    /** What became of a file: its rows, problems and left-out rows as checked, and how many were invited. */
    record Outcome(InvitationFile file, int invited) {}

    private final Permissions permissions;
    private final Drives drives;
    private final DriveInvitations invitations;
    private final Memberships memberships;
    private final Accounts accounts;
    private final SecretTokens secrets;
    private final DriveMailer mailer;
    private final Clock clock;

    InviteToApply(
            Permissions permissions,
            Drives drives,
            DriveInvitations invitations,
            Memberships memberships,
            Accounts accounts,
            SecretTokens secrets,
            DriveMailer mailer,
            Clock clock) {
        this.permissions = permissions;
        this.drives = drives;
        this.invitations = invitations;
        this.memberships = memberships;
        this.accounts = accounts;
        this.secrets = secrets;
        this.mailer = mailer;
        this.clock = clock;
    }

    /**
     * Checks the file and, with {@code send} and a file without problems, invites everyone it leaves in.
     *
     * @param language the language of the e-mails to addresses without an account (an account's own decides)
     */
    @Transactional
    Outcome invite(Actor actor, Community community, long driveId, byte[] file, Language language, boolean send) {
        permissions.require(actor, Action.MANAGE_DRIVES, community.id());
        Drive drive = drives.lock(community, driveId);
        Instant now = clock.instant();
        if (drive.endsOn().isBefore(LocalDate.ofInstant(now, ZoneOffset.UTC))) {
            throw new ConflictException(
                    Text.of("drives.invite.ended", drive.endsOn().toString()));
        }
        InvitationFile read = InvitationFileReader.read(file);
        if (read.rows().isEmpty()) {
            return new Outcome(read, 0);
        }
        List<EmailAddress> emails =
                read.rows().stream().map(InvitationFile.Row::email).toList();
        Set<Long> members = new HashSet<>(memberships.accountIds(community.id()));
        Map<String, Account> withAccount = new HashMap<>();
        for (Account account : accounts.byEmails(emails)) {
            withAccount.put(new EmailAddress(account.email()).value(), account);
        }
        Set<String> invitedBefore = new HashSet<>(invitations.alreadyInvited(
                drive.id(), emails.stream().map(EmailAddress::value).toList()));
        List<InvitationFile.Row> rows = new ArrayList<>();
        List<InvitationFile.Note> skipped = new ArrayList<>(read.skipped());
        for (InvitationFile.Row row : read.rows()) {
            String email = row.email().value();
            Account account = withAccount.get(email);
            if (account != null && members.contains(account.id())) {
                skipped.add(new InvitationFile.Note(row.line(), Text.of("drives.csv.member", row.line(), email)));
            } else if (invitedBefore.contains(email)) {
                skipped.add(
                        new InvitationFile.Note(row.line(), Text.of("drives.csv.invited-before", row.line(), email)));
            } else {
                rows.add(row);
            }
        }
        skipped.sort((a, b) -> Integer.compare(a.line(), b.line()));
        InvitationFile checked = new InvitationFile(rows, read.problems(), skipped);
        if (!send || !checked.clean() || rows.isEmpty()) {
            return new Outcome(checked, 0);
        }
        List<DriveInvitations.Invited> invited = new ArrayList<>(rows.size());
        for (InvitationFile.Row row : rows) {
            invited.add(new DriveInvitations.Invited(row, secrets.newSecret()));
        }
        invitations.insertAll(drive.id(), invited, actor.accountId(), now);
        String inviter =
                accounts.byId(actor.accountId()).map(Account::displayName).orElse("");
        mailer.invitations(community, drive, inviter, invited, email -> {
            Account account = withAccount.get(email);
            return account == null ? language : account.language().orElse(language);
        });
        return new Outcome(checked, rows.size());
    }
}
