package org.statcommons.content;

import java.util.Optional;
import java.util.function.BiPredicate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Actor;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;

/**
 * Writes a page that another feature generates from its figures (an evaluation report, a capability-gap report) into a
 * community's space, for people to edit, review and publish like any page: saved as a new page the first time; once
 * the page is there, the new text is proposed as a change of it (nobody's edits are lost), or nothing is written when
 * it says what the page says already.
 */
@Service
public class WriteGeneratedPage {

    /** What writing did: the page written, or the proposal of a change to it, or nothing ({@code unchanged}). */
    public record Written(String path, Long proposalId, boolean unchanged) {}

    /** The proposal made when the page is there already: its title and description, and the commit's message. */
    public record Proposal(String title, String description, String message) {}

    private final Pages pages;
    private final SavePage savePage;
    private final ProposeEdit proposeEdit;
    private final SetUpSpace setUpSpace;

    WriteGeneratedPage(Pages pages, SavePage savePage, ProposeEdit proposeEdit, SetUpSpace setUpSpace) {
        this.pages = pages;
        this.savePage = savePage;
        this.proposeEdit = proposeEdit;
        this.setUpSpace = setUpSpace;
    }

    /**
     * @param page      the page as generated (no base commit)
     * @param same      whether the page's present body says what the generated one says (for example, but for the day
     *                  it was drawn)
     * @param meanwhile what to say when someone wrote the page between the look and the save
     */
    @Transactional
    public Written write(
            Actor actor,
            Author author,
            long communityId,
            PageEdit page,
            BiPredicate<String, String> same,
            Proposal proposal,
            Text meanwhile) {
        setUpSpace.ensure(communityId);
        Optional<Pages.PageContent> existing = existing(communityId, page.path());
        if (existing.isPresent()) {
            if (same.test(existing.get().body(), page.body())
                    && existing.get().title().equals(page.title())) {
                return new Written(page.path(), null, true);
            }
            long id = proposeEdit.propose(
                    actor,
                    author,
                    communityId,
                    new PageEdit(
                                    page.path(),
                                    existing.get().title(),
                                    page.body(),
                                    existing.get().commitId(),
                                    proposal.message())
                            .withFields(page.fields()),
                    proposal.title(),
                    proposal.description());
            return new Written(page.path(), id, false);
        }
        if (savePage.save(communityId, page, author) instanceof SaveResult.Conflicted) {
            // someone wrote the page between the look and the save: writing again proposes instead
            throw new ConflictException(meanwhile);
        }
        return new Written(page.path(), null, false);
    }

    /** Two bodies alike but for their first paragraph, where generated pages say the day they were written. */
    public static boolean alikeButTheFirstParagraph(String one, String other) {
        return afterFirstParagraph(one).equals(afterFirstParagraph(other));
    }

    private static String afterFirstParagraph(String body) {
        String b = body.strip().replace("\r\n", "\n");
        int end = b.indexOf("\n\n");
        return end < 0 ? b : b.substring(end).strip();
    }

    private Optional<Pages.PageContent> existing(long communityId, String path) {
        try {
            return Optional.of(pages.read(communityId, path));
        } catch (NotFoundException gone) {
            return Optional.empty();
        }
    }
}
