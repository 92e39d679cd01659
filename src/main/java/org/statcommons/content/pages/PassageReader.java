package org.statcommons.content.pages;

import java.util.List;
import org.springframework.stereotype.Component;
import org.statcommons.access.Actor;
import org.statcommons.community.Community;
import org.statcommons.content.PagePassages;
import org.statcommons.content.PageVersion;
import org.statcommons.content.Pages;
import org.statcommons.content.Passage;
import org.statcommons.content.moderation.HiddenTextChecker;

/** {@link PagePassages} from the page view's own rendering: the same links, the same remembered version. */
@Component
class PassageReader implements PagePassages {

    private final Pages pages;
    private final PageRenderer renderer;
    private final PageLinker linker;
    private final HiddenTextChecker hiddenText;

    PassageReader(Pages pages, PageRenderer renderer, PageLinker linker, HiddenTextChecker hiddenText) {
        this.pages = pages;
        this.renderer = renderer;
        this.linker = linker;
        this.hiddenText = hiddenText;
    }

    @Override
    public List<Passage> of(Community community, Actor actor, PageVersion version) {
        Pages.PageContent content = pages.read(community.id(), version);
        if (hiddenText.withheld(actor, community, hiddenText.hidden(community, version))) {
            return List.of();
        }
        return renderer.render(content.blobId(), content.body(), content.path(), linker.forMembers(community, actor))
                .passages();
    }
}
