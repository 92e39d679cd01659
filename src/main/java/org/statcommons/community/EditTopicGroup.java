package org.statcommons.community;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.platform.Text;
import org.statcommons.platform.TextInput;

/** Renames a topic group or changes its description: facilitators and the secretariat. */
@Service
class EditTopicGroup {

    private final Permissions permissions;
    private final TopicGroups groups;

    EditTopicGroup(Permissions permissions, TopicGroups groups) {
        this.permissions = permissions;
        this.groups = groups;
    }

    @Transactional
    void edit(Actor actor, Community community, TopicGroups.TopicGroup group, TopicGroupChange change) {
        permissions.require(actor, Action.MANAGE_TOPIC_GROUPS, community.id());
        TextInput input = new TextInput();
        String name =
                input.line("name", Text.of("community.field.name"), change.name(), CreateTopicGroup.NAME_MAX, true);
        String description = input.block(
                "description",
                Text.of("community.field.description"),
                change.description(),
                CreateTopicGroup.DESCRIPTION_MAX,
                false);
        input.throwIfInvalid();
        groups.update(group.id(), name, description);
    }
}
