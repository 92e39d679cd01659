package org.statcommons.community;

import java.time.Clock;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Text;
import org.statcommons.platform.TextInput;

/** Creates a topic group in a community: facilitators and the secretariat. */
@Service
class CreateTopicGroup {

    static final int NAME_MAX = 120;
    static final int DESCRIPTION_MAX = 5000;

    private final Permissions permissions;
    private final TopicGroups groups;
    private final Clock clock;

    CreateTopicGroup(Permissions permissions, TopicGroups groups, Clock clock) {
        this.permissions = permissions;
        this.groups = groups;
        this.clock = clock;
    }

    /** Every problem with the address, name and description is named at once. */
    @Transactional
    TopicGroups.TopicGroup create(Actor actor, Community community, NewTopicGroup group) {
        permissions.require(actor, Action.MANAGE_TOPIC_GROUPS, community.id());
        TextInput input = new TextInput();
        String slug = CommunitySlug.check(input, group.topic());
        String name = input.line("name", Text.of("community.field.name"), group.name(), NAME_MAX, true);
        String description = input.block(
                "description", Text.of("community.field.description"), group.description(), DESCRIPTION_MAX, false);
        input.throwIfInvalid();
        try {
            groups.insert(community.id(), slug, name, description, actor.accountId(), clock.instant());
        } catch (DuplicateKeyException e) {
            throw new InvalidInputException("slug", Text.of("community.topics.slug-taken", slug));
        }
        return groups.inCommunity(community, slug);
    }
}
