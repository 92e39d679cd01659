package org.statcommons.data;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.comments.StartCommentThread;
import org.statcommons.community.Community;
import org.statcommons.community.CommunityTab;
import org.statcommons.community.Permitted;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.web.ShowFormOnError;

/**
 * Questions and comments on a dataset: a new thread from the form under its page ({@link DatasetCommentApi} over JSON).
 * The threads are the comments feature's (replies, resolving, editing, hiding go to its addresses); this feature says
 * who may read them ({@link DatasetCommentSubject}), so a draft's threads are "not found" outside its data team.
 */
@Controller
@CommunityTab("data")
class DatasetCommentController {

    private final StartCommentThread startThread;

    DatasetCommentController(StartCommentThread startThread) {
        this.startThread = startThread;
    }

    @PostMapping("/c/{slug}/data/{id}/comments")
    @ShowFormOnError(value = "backToDataset", on = InvalidInputException.class)
    String ask(
            @Permitted(Action.COMMENT_ON_DATASETS) Community community,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String body,
            Actor actor) {
        long thread = startThread.onSubject(actor, community, DatasetCommentSubject.KIND, String.valueOf(id), body);
        return "redirect:" + startThread.address(community, DatasetCommentSubject.KIND, String.valueOf(id), thread);
    }

    /** A refused question: back to the dataset's form, with its message and the text typed. */
    String backToDataset(
            @Permitted(Action.COMMENT_ON_DATASETS) Community community,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String body,
            RedirectAttributes redirect) {
        redirect.addFlashAttribute("commentDraft", body);
        redirect.addFlashAttribute("commentThread", 0L);
        return "redirect:" + DatasetAddress.dataset(community.slug(), id) + "#comments";
    }
}
