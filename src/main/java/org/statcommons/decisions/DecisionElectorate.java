package org.statcommons.decisions;

import java.util.List;

/**
 * Who decides a decision, as chosen when it is proposed: every member of the community, a topic group's members or
 * a body's members, and the people eligible among them at that moment.
 *
 * @param topicGroupId the topic group whose members decide, or null
 * @param body         the body whose members decide, or null
 */
record DecisionElectorate(Long topicGroupId, BodyRef body, List<Long> eligible) {

    DecisionElectorate {
        eligible = List.copyOf(eligible);
    }

    /** A body as the decision keeps it: its id, and its name when the decision was proposed. */
    record BodyRef(long id, String name) {}
}
