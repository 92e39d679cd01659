package org.statcommons.outputs;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.statcommons.community.Community;
import org.statcommons.content.Publications;
import org.statcommons.content.PublishedPageNotice;
import org.statcommons.platform.Text;
import org.statcommons.platform.TimePresenter;
import org.statcommons.platform.i18n.Language;

/**
 * Above a published page that is an endorsed output: "Endorsed by the Steering Committee on 12 March 2027." when the
 * published version is the endorsed one (the same blob: the page's text is what was approved, whatever commit
 * published it), else the same followed by "It has changed since endorsement." and links to the endorsed version and
 * to what changed. Both lead to outputs' public view of the endorsed version, which anyone may read while the page is
 * published: the space's own version and comparison screens are for members only.
 */
@Component
class EndorsementNotice implements PublishedPageNotice {

    private final Outputs outputs;

    EndorsementNotice(Outputs outputs) {
        this.outputs = outputs;
    }

    @Override
    public Optional<Notice> notice(Community community, Publications.Published published, Language language) {
        return outputs.ofPage(community.id(), published.path())
                .filter(o -> o.stage().endorsed())
                .map(o -> notice(community, o, published, language));
    }

    private static Notice notice(
            Community community, Output output, Publications.Published published, Language language) {
        String on = TimePresenter.anonymous().inLanguage(language.locale()).date(output.endorsedAt());
        String endorsed =
                Text.of("outputs.notice.endorsed", output.bodyName(), on).in(language);
        if (output.endorsedBlob().equals(published.blobId())) {
            return new Notice(endorsed, List.of());
        }
        String view = OutputAddress.endorsed(community.slug(), output.id());
        return new Notice(
                endorsed + " " + Text.of("outputs.notice.changed").in(language),
                List.of(
                        new Link(Text.of("outputs.notice.endorsed-version").in(language), view),
                        new Link(Text.of("outputs.notice.changes").in(language), view + "#changes")));
    }
}
