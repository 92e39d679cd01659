package org.statcommons.content;

import java.util.List;
import org.springframework.stereotype.Component;
import org.statcommons.content.space.IndexedCommits;
import org.statcommons.identity.Accounts;
import org.statcommons.identity.PersonalDataRows;
import org.statcommons.identity.PersonalDataSource;

/**
 * The pages a person wrote, as their personal data lists them: per space (a community's id; a body's members-only
 * space by the body's id made negative), each commit of main they authored under their present address, with its
 * time, message and the pages it changed (never the pages' text, which is the community's). Read a page of commits
 * at a time.
 */
@Component
class ContentPersonalData implements PersonalDataSource {

    record Space(long space, Iterable<IndexedCommits.Written> commits) {}

    private final Accounts accounts;
    private final IndexedCommits commits;

    ContentPersonalData(Accounts accounts, IndexedCommits commits) {
        this.accounts = accounts;
        this.commits = commits;
    }

    @Override
    public String section() {
        return "content";
    }

    @Override
    public Object of(long personId) {
        String email = accounts.byId(personId).orElseThrow().email();
        List<Space> spaces = commits.spacesWrittenBy(email).stream()
                .map(space -> new Space(
                        space,
                        new PersonalDataRows<>(
                                after -> commits.writtenBy(space, email, after, PersonalDataRows.PAGE),
                                IndexedCommits.Written::seq)))
                .toList();
        return spaces;
    }
}
