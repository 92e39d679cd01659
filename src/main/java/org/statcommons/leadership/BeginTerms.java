package org.statcommons.leadership;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Begins the winners' co-lead terms on the day their election set ({@code term_starts_on}): the term is created
 * that day, for the default two years, naming the election and its body. Until then the election's results say when
 * the term starts. The winners' rows are locked and skipped by a second server, so each term is created once.
 */
@Service
class BeginTerms {

    private final Winners winners;
    private final Elections elections;
    private final Terms terms;
    private final Clock clock;

    BeginTerms(Winners winners, Elections elections, Terms terms, Clock clock) {
        this.winners = winners;
        this.elections = elections;
        this.terms = terms;
        this.clock = clock;
    }

    @Transactional
    int beginDue() {
        LocalDate today = RecordTerm.today(clock);
        int begun = 0;
        for (Winners.Winner winner : winners.due(today)) {
            Election election = elections.find(winner.electionId()).orElseThrow();
            long term = terms.insert(
                    election.communityId(),
                    winner.accountId(),
                    election.bodyId(),
                    election.id(),
                    election.termStartsOn(),
                    TermRules.defaultEnd(election.termStartsOn()),
                    null,
                    clock.instant());
            winners.began(election.id(), winner.seat(), term);
            begun++;
        }
        return begun;
    }
}
