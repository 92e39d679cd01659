package org.statcommons.workstreams;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;
import org.statcommons.content.Author;
import org.statcommons.content.PageEdit;
import org.statcommons.content.PageSummary;
import org.statcommons.content.Pages;
import org.statcommons.content.SavePage;
import org.statcommons.content.SaveResult;
import org.statcommons.content.SetUpSpace;
import org.statcommons.identity.Account;
import org.statcommons.identity.Accounts;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.Text;
import org.statcommons.platform.TextInput;

/**
 * A member proposes a workstream: its details are recorded (the proposer is its first lead) and its terms of
 * reference are started as a page of the space, from the "Workstream terms of reference" template, in the
 * workstream's folder. The page is written last, so that a refused proposal writes nothing; the workstream is then
 * edited in the space and submitted for approval when its terms of reference are complete.
 */
@Service
class ProposeWorkstream {

    static final int TITLE_MAX = 120;
    static final int OBJECTIVES_MAX = 5000;

    private final Permissions permissions;
    private final Workstreams workstreams;
    private final WorkstreamMembers people;
    private final TermsOfReference terms;
    private final SetUpSpace space;
    private final SavePage savePage;
    private final Accounts accounts;
    private final Pages pages;
    private final Clock clock;

    ProposeWorkstream(
            Permissions permissions,
            Workstreams workstreams,
            WorkstreamMembers people,
            TermsOfReference terms,
            SetUpSpace space,
            SavePage savePage,
            Accounts accounts,
            Pages pages,
            Clock clock) {
        this.permissions = permissions;
        this.workstreams = workstreams;
        this.people = people;
        this.terms = terms;
        this.space = space;
        this.savePage = savePage;
        this.accounts = accounts;
        this.pages = pages;
        this.clock = clock;
    }

    /** Returns the new workstream's id; every problem with the form is named at once. */
    @Transactional
    long propose(Actor actor, Community community, NewWorkstream proposal) {
        permissions.require(actor, Action.PROPOSE_WORKSTREAM, community.id());
        TextInput input = new TextInput();
        String title = input.line("title", Text.of("workstreams.field.title"), proposal.title(), TITLE_MAX, true);
        String objectives = input.block(
                "objectives", Text.of("workstreams.field.objectives"), proposal.objectives(), OBJECTIVES_MAX, true);
        int duration = MonthsInput.parse(
                input, "durationMonths", Text.of("workstreams.field.duration"), proposal.durationMonths(), 1, 120);
        int every = MonthsInput.parse(
                input,
                "reportEveryMonths",
                Text.of("workstreams.field.report-every"),
                proposal.reportEveryMonths(),
                1,
                24);
        input.throwIfInvalid();
        Account proposer = accounts.byId(actor.accountId()).orElseThrow();
        Instant now = clock.instant();
        space.ensure(community.id());
        // a folder members already use for other pages is not given to a new workstream
        List<String> paths =
                pages.list(community.id()).stream().map(PageSummary::path).toList();
        String slug = WorkstreamSlug.of(
                title,
                s -> workstreams.slugTaken(community.id(), s)
                        || paths.stream().anyMatch(p -> p.startsWith(Workstream.folderOf(s))));
        String path = Workstream.folderOf(slug) + "terms-of-reference.md";
        long id =
                workstreams.insert(community.id(), slug, title, objectives, duration, every, path, proposer.id(), now);
        people.put(id, proposer.id(), WorkstreamMembers.Part.LEAD, now);
        // the objectives typed in the form fill the template's own placeholder, when it still has it
        String body = terms.template(community.id())
                .replace("## Objectives\n\n1. \n2. \n", "## Objectives\n\n" + objectives + "\n");
        SaveResult saved = savePage.save(
                community.id(),
                new PageEdit(path, "Terms of reference: " + title, body, null, "Terms of reference of " + title),
                new Author(proposer.displayName(), proposer.email()));
        if (saved instanceof SaveResult.Conflicted) {
            // written meanwhile by someone else: nothing of the workstream is kept (the transaction rolls back)
            throw new ConflictException(Text.of("workstreams.terms.taken", path));
        }
        return id;
    }
}
