package org.statcommons.moderation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.statcommons.access.Actor;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;
import org.statcommons.platform.activity.Subject;

/** Sends each item to the feature that owns its kind ({@link ModeratedContent}): to describe it, find it or hide it. */
@Component
class ModeratedItemRouter {

    private final Map<String, ModeratedContent> byKind = new HashMap<>();

    ModeratedItemRouter(List<ModeratedContent> owners) {
        for (ModeratedContent owner : owners) {
            if (byKind.put(owner.kind(), owner) != null) {
                throw new IllegalStateException("Two features own items of kind " + owner.kind());
            }
        }
    }

    /** The item named by a subject key such as {@code comment:5}; "not found" for anything else. */
    Subject subject(String key) {
        try {
            Subject subject = Subject.parse(key == null ? null : key.strip());
            if (!byKind.containsKey(subject.kind())) {
                throw new NotFoundException(Text.of("moderation.item.not-flaggable"));
            }
            return subject;
        } catch (IllegalArgumentException e) {
            throw new NotFoundException(Text.of("moderation.item.not-found"));
        }
    }

    /** The item as the viewer may see it; "not found" when it does not exist or they may not see it. */
    ModeratedContent.FlaggedItem describe(Subject item, Actor viewer) {
        return owner(item)
                .describe(item, viewer)
                .orElseThrow(() -> new NotFoundException(Text.of("moderation.item.not-found")));
    }

    Optional<ModeratedContent.FlaggedItem> find(Subject item, Actor viewer) {
        return owner(item).describe(item, viewer);
    }

    void hide(Subject item, boolean hidden) {
        owner(item).hide(item, hidden);
    }

    private ModeratedContent owner(Subject item) {
        ModeratedContent owner = byKind.get(item.kind());
        if (owner == null) {
            throw new NotFoundException(Text.of("moderation.item.not-flaggable"));
        }
        return owner;
    }
}
