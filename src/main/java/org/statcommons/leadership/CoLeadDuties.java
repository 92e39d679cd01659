package org.statcommons.leadership;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.statcommons.access.Duties;
import org.statcommons.access.Duty;

/**
 * Tells the policy who is a co-lead today: someone whose term covers today (UTC). The policy asks only when the
 * co-lead's standing could change its answer (docs/roles.md#co-leads), so this is one small indexed query then.
 */
@Component
class CoLeadDuties implements Duties {

    private final Terms terms;
    private final Clock clock;

    CoLeadDuties(Terms terms, Clock clock) {
        this.terms = terms;
        this.clock = clock;
    }

    @Override
    public Set<Duty> of(long accountId, long communityId) {
        return terms.current(accountId, communityId, RecordTerm.today(clock))
                ? EnumSet.of(Duty.CO_LEAD)
                : EnumSet.noneOf(Duty.class);
    }
}
