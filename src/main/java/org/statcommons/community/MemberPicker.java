package org.statcommons.community;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.statcommons.access.CommunityRole;
import org.statcommons.identity.Account;
import org.statcommons.identity.Accounts;
import org.statcommons.platform.Text;
import org.statcommons.platform.TextInput;

/**
 * The one way a form picks a person among a community's members: a typed name (or e-mail address) read back here,
 * with a short list of names to suggest. A {@code <select>} of every member outgrows a page at a few hundred members
 * (docs/governance.md, issue 11); a typed name does not. The forms' APIs keep account ids: only screens type names.
 * The field is shown by the fragment {@code community/picker :: field}.
 */
@Component
public class MemberPicker {

    /** Names suggested under a field at most: enough to pick from, few enough to keep the page light. */
    public static final int SUGGESTED_MAX = 50;

    /** Candidates a refusal names at most. */
    static final int LISTED_MAX = 10;

    /** Whom a form may pick among the current members. */
    public enum Among {
        /** Every current member with an active account. */
        MEMBERS,
        /** Current members but guests. */
        MEMBERS_BUT_GUESTS
    }

    private final Memberships memberships;
    private final Accounts accounts;

    MemberPicker(Memberships memberships, Accounts accounts) {
        this.memberships = memberships;
        this.accounts = accounts;
    }

    /**
     * The account id of the one current member whose name or e-mail address is {@code typed} (letter case and
     * surrounding spaces aside); a blank value is none when {@code required} is false. Otherwise a refusal on
     * {@code field}: none matched, or the several that did, by name and organisation (not e-mail: members who are
     * not the secretariat pick too, as nominees), so the person can type the e-mail address of the one they mean.
     */
    public Long pick(long communityId, Among among, String field, String typed, boolean required) {
        TextInput input = new TextInput();
        Long picked = pick(input, communityId, among, field, typed, required);
        input.throwIfInvalid();
        return picked;
    }

    /**
     * As {@link #pick(long, Among, String, String, boolean)}, the refusal added to {@code input} (with the form's
     * other fields) and null returned instead.
     */
    public Long pick(TextInput input, long communityId, Among among, String field, String typed, boolean required) {
        String wanted = typed == null ? "" : typed.strip();
        if (wanted.isEmpty()) {
            if (required) {
                input.error(field, Text.of("community.picker.required"));
            }
            return null;
        }
        String key = wanted.toLowerCase(Locale.ROOT);
        List<Account> people = people(communityId, among);
        List<Account> byEmail = people.stream()
                .filter(a -> a.email().toLowerCase(Locale.ROOT).equals(key))
                .toList();
        List<Account> found = byEmail.isEmpty()
                ? people.stream()
                        .filter(a ->
                                a.displayName().strip().toLowerCase(Locale.ROOT).equals(key))
                        .toList()
                : byEmail;
        if (found.size() == 1) {
            return found.get(0).id();
        }
        if (found.isEmpty()) {
            input.error(
                    field,
                    Text.of(
                            among == Among.MEMBERS ? "community.picker.none" : "community.picker.none-but-guests",
                            wanted));
            return null;
        }
        String listed = found.stream()
                .limit(LISTED_MAX)
                .map(a -> a.organisation() == null || a.organisation().isBlank()
                        ? a.displayName()
                        : a.displayName() + " (" + a.organisation().strip() + ")")
                .collect(Collectors.joining(", "));
        input.error(field, Text.of("community.picker.several", wanted, found.size(), listed));
        return null;
    }

    /**
     * At most {@link #SUGGESTED_MAX} names to offer under a field: the members whose name holds what was typed (a
     * form shown again with a refusal), else the {@code first} given (a body's members, a workstream's people) that
     * are still current members, else the first members by name.
     */
    public List<String> suggestions(long communityId, Among among, Collection<Long> first, String typed) {
        // the names are read by the database, bounded: only the members' ids are loaded here, never their profiles
        List<Long> ids = memberIds(communityId, among);
        String wanted = typed == null ? "" : typed.strip();
        List<String> names = List.of();
        if (!wanted.isEmpty()) {
            // matched by name only: matching parts of e-mail addresses would let any member who may nominate probe them
            names = accounts.namesAmong(ids, wanted, SUGGESTED_MAX);
        } else if (first != null && !first.isEmpty()) {
            Set<Long> given = Set.copyOf(first);
            names = accounts.namesAmong(ids.stream().filter(given::contains).toList(), "", SUGGESTED_MAX);
        }
        // nothing left to suggest from what was typed or given: the first members, as for a fresh form
        return names.isEmpty() ? accounts.namesAmong(ids, "", SUGGESTED_MAX) : names;
    }

    private List<Long> memberIds(long communityId, Among among) {
        return memberships.of(communityId).stream()
                .filter(m -> among == Among.MEMBERS || m.role() != CommunityRole.GUEST)
                .map(Membership::accountId)
                .toList();
    }

    private List<Account> people(long communityId, Among among) {
        return accounts.byIds(memberIds(communityId, among)).stream()
                .filter(Account::active)
                .sorted(Comparator.comparing(Account::displayName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }
}
