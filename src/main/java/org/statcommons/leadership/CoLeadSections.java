package org.statcommons.leadership;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.statcommons.access.Actor;
import org.statcommons.bodies.Body;
import org.statcommons.bodies.BodyContent;
import org.statcommons.community.Community;
import org.statcommons.community.LandingContent;
import org.statcommons.community.ListedLink;
import org.statcommons.community.ListedSection;
import org.statcommons.identity.Account;
import org.statcommons.identity.Accounts;
import org.statcommons.platform.Text;

/**
 * The co-leads, current and upcoming first, then past ones, on the community's landing page and on the page of the
 * body that elected them. Who leads a community is as public as the landing page.
 */
@Component
class CoLeadSections implements LandingContent, BodyContent {

    private final Terms terms;
    private final Accounts accounts;
    private final Clock clock;

    CoLeadSections(Terms terms, Accounts accounts, Clock clock) {
        this.terms = terms;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public Optional<ListedSection> section(Community community) {
        return section(community, terms.of(community.id()));
    }

    /** On a body's page the section is there even with no co-lead yet: it leads to the co-leads and elections. */
    @Override
    public Optional<ListedSection> section(Actor actor, Community community, Body body) {
        return section(
                community,
                terms.of(community.id()).stream()
                        .filter(t -> t.bodyId() == null || t.bodyId() == body.id())
                        .toList(),
                true);
    }

    private Optional<ListedSection> section(Community community, List<Term> all) {
        return section(community, all, false);
    }

    private Optional<ListedSection> section(Community community, List<Term> all, boolean evenEmpty) {
        if (all.isEmpty() && !evenEmpty) {
            return Optional.empty();
        }
        LocalDate today = RecordTerm.today(clock);
        Map<Long, Account> people = accounts
                .byIds(all.stream().map(Term::accountId).distinct().toList())
                .stream()
                .collect(Collectors.toMap(Account::id, Function.identity()));
        List<Term> ordered = new ArrayList<>(all);
        ordered.sort(Comparator.comparing((Term t) -> t.past(today))
                .thenComparing(Term::startsOn, Comparator.reverseOrder()));
        return Optional.of(new ListedSection(
                25,
                Text.of("leadership.co-leads"),
                ordered.stream()
                        .map(t -> new ListedLink(
                                Optional.ofNullable(people.get(t.accountId()))
                                        .map(Account::displayName)
                                        .orElse("?"),
                                LeadershipAddress.term(community.slug(), t.id()),
                                detail(t, today),
                                null))
                        .toList(),
                Text.of("leadership.co-leads.none"),
                new ListedSection.More(
                        Text.of("leadership.co-leads.all"), LeadershipAddress.coLeads(community.slug()))));
    }

    static Text detail(Term t, LocalDate today) {
        // days, shown in the reader's language
        LocalDate start = t.startsOn();
        LocalDate end = t.endsOn();
        if (t.past(today)) {
            return Text.of("leadership.term.past", start, end);
        }
        if (t.startsOn().isAfter(today)) {
            return Text.of("leadership.term.upcoming", start, end);
        }
        return t.extended()
                ? Text.of("leadership.term.current-extended", start, end)
                : Text.of("leadership.term.current", start, end);
    }
}
