package org.statcommons.decisions;

import org.statcommons.platform.activity.Visibility;

/** How a decision's activities are seen in the community's stream: as the decision itself is. */
final class DecisionActivity {

    private DecisionActivity() {}

    static Visibility visibility(DecisionVisibility visibility) {
        return visibility == DecisionVisibility.PUBLIC ? Visibility.PUBLIC : Visibility.MEMBERS;
    }
}
