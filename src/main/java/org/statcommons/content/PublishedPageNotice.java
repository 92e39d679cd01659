package org.statcommons.content;

import java.util.List;
import java.util.Optional;
import org.statcommons.community.Community;
import org.statcommons.platform.i18n.Language;

/**
 * What another feature says above a published page (outputs: "Endorsed by the Steering Committee on …"), so that the
 * public page shows it without {@code content} depending on that feature. The public page is rendered once per
 * version and notice and kept in memory: a feature whose notice changes without a publish (an endorsement) publishes
 * {@link PublishedPageNoticeChanged}, and the next anonymous read is rendered again.
 */
public interface PublishedPageNotice {

    /**
     * The notice for this published version, in the reader's language; empty for none. Called for every public read
     * that is not answered from memory, so it should cost one indexed look-up.
     */
    Optional<Notice> notice(Community community, Publications.Published published, Language language);

    /** A sentence and the links that follow it, in the reader's language, each link to a page anyone may read. */
    record Notice(String text, List<Link> links) {

        public Notice {
            links = List.copyOf(links);
        }

        /** What makes two notices render the same: part of the kept page's key. */
        public String key() {
            StringBuilder key = new StringBuilder(text);
            for (Link link : links) {
                key.append('|').append(link.label()).append('>').append(link.href());
            }
            return key.toString();
        }
    }

    /** A link of a notice: its words and a path on this server. */
    record Link(String label, String href) {}
}
