package org.statcommons.leadership;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;
import org.statcommons.identity.Accounts;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;

/**
 * The secretariat keeps a co-lead one more year for continuity ({@link TermRules}): once per term, one co-lead at a
 * time. The community's terms are locked first, so two extensions asked at once are decided one after the other.
 */
@Service
class ExtendTerm {

    private final Terms terms;
    private final Accounts accounts;
    private final Permissions permissions;
    private final Clock clock;

    ExtendTerm(Terms terms, Accounts accounts, Permissions permissions, Clock clock) {
        this.terms = terms;
        this.accounts = accounts;
        this.permissions = permissions;
        this.clock = clock;
    }

    /** Returns the term's new last day. */
    @Transactional
    LocalDate extend(Actor actor, Community community, long termId) {
        permissions.require(actor, Action.MANAGE_CO_LEADS, community.id());
        var all = terms.lockAll(community.id());
        Term term = all.stream()
                .filter(t -> t.id() == termId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException(Text.of("leadership.term.none")));
        TermRules.refusal(
                        term,
                        all,
                        RecordTerm.today(clock),
                        id -> accounts.byId(id).map(a -> a.displayName()).orElse("?"))
                .ifPresent(refusal -> {
                    throw new ConflictException(refusal);
                });
        LocalDate end = TermRules.extendedEnd(term);
        terms.extend(term.id(), end, actor.accountId(), clock.instant());
        return end;
    }
}
