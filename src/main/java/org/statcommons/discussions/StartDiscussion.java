package org.statcommons.discussions;

import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;
import org.statcommons.community.TopicGroups;
import org.statcommons.identity.Account;
import org.statcommons.platform.Text;

/** Starts a discussion in a community, or in one of its topic groups, with its opening post. */
@Service
class StartDiscussion {

    private final Permissions permissions;
    private final Discussions discussions;
    private final TopicGroups topicGroups;
    private final PostRecorder recorder;
    private final DiscussionActivityPublisher activity;
    private final Clock clock;

    StartDiscussion(
            Permissions permissions,
            Discussions discussions,
            TopicGroups topicGroups,
            PostRecorder recorder,
            DiscussionActivityPublisher activity,
            Clock clock) {
        this.permissions = permissions;
        this.discussions = discussions;
        this.topicGroups = topicGroups;
        this.recorder = recorder;
        this.activity = activity;
        this.clock = clock;
    }

    /** Returns the new discussion's id. Every problem with the title, text and topic group is named at once. */
    @Transactional
    long start(Actor actor, Community community, NewDiscussion discussion) {
        permissions.require(actor, Action.POST_IN_DISCUSSIONS, community.id());
        PostChecker checker = new PostChecker();
        String title = checker.title(discussion.title());
        String text = checker.body(discussion.body());
        Long groupId = null;
        String topic = discussion.topic();
        if (topic != null && !topic.isBlank()) {
            groupId = topicGroups.of(community).stream()
                    .filter(g -> g.slug().equals(topic))
                    .findFirst()
                    .map(TopicGroups.TopicGroup::id)
                    .orElse(null);
            if (groupId == null) {
                checker.error("topic", Text.of("discussions.new.no-such-group"));
            }
        }
        checker.throwIfInvalid();
        Account author = recorder.writer(actor, community, text);
        Instant now = clock.instant();
        long threadId = discussions.insert(community.id(), groupId, title, author.id(), now);
        PostRecorder.Recorded opening = recorder.add(community, threadId, author, text, null, now);
        activity.started(community, threadId, title, opening.postId(), author, text, opening.mentioned());
        return threadId;
    }
}
