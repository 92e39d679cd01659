package org.statcommons.data;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.CommunityRole;
import org.statcommons.comments.CommentSubject;
import org.statcommons.community.Community;
import org.statcommons.community.Memberships;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.activity.ActivityKind;

/**
 * Questions and comments on a dataset, kept by the comments feature as threads on {@code dataset:{id}}: a dataset that is
 * out (a release of it released) is read, with its threads, by whoever may read it, the public included; a draft, or a
 * dataset whose first release is still embargoed, only by those who prepare its releases ({@code EDIT_DATASETS}: the
 * data team and the secretariat), so that its questions tell nothing before the release. Those who answer data requests
 * (the data team and the secretariat) are asked of every new question.
 */
@Component
class DatasetCommentSubject implements CommentSubject {

    static final String KIND = "dataset";

    private final Datasets datasets;
    private final DataTeamChecker team;
    private final DataTeamMembers teamMembers;
    private final Memberships memberships;
    private final Clock clock;

    DatasetCommentSubject(
            Datasets datasets,
            DataTeamChecker team,
            DataTeamMembers teamMembers,
            Memberships memberships,
            Clock clock) {
        this.datasets = datasets;
        this.team = team;
        this.teamMembers = teamMembers;
        this.memberships = memberships;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Action commenting() {
        return Action.COMMENT_ON_DATASETS;
    }

    @Override
    public boolean readable(Actor actor, Community community, String id) {
        Optional<Long> number = number(id);
        if (number.isEmpty()) {
            return false;
        }
        try {
            Dataset dataset = datasets.inCommunity(community, number.get());
            return dataset.publicAt(clock.instant()) || team.may(actor, Action.EDIT_DATASETS, community.id());
        } catch (NotFoundException none) {
            return false;
        }
    }

    @Override
    public Optional<String> title(long communityId, String id) {
        return number(id)
                .flatMap(datasets::byId)
                .filter(d -> d.communityId() == communityId)
                .map(Dataset::title);
    }

    @Override
    public String address(String slug, String id) {
        return DatasetAddress.dataset(slug, number(id).orElse(0L));
    }

    @Override
    public ActivityKind told() {
        return ActivityKind.DATASET_COMMENT;
    }

    @Override
    public Set<Long> askedOf(long communityId, String id) {
        Set<Long> asked = new TreeSet<>();
        teamMembers.of(communityId).forEach(m -> asked.add(m.accountId()));
        memberships.of(communityId).stream()
                .filter(m -> m.role() == CommunityRole.SECRETARIAT)
                .forEach(m -> asked.add(m.accountId()));
        return asked;
    }

    /** A dataset's id as the key holds it: digits only (nothing else names a dataset). */
    private static Optional<Long> number(String id) {
        boolean digits = !id.isEmpty() && id.length() <= 18 && id.chars().allMatch(c -> c >= '0' && c <= '9');
        return digits ? Optional.of(Long.parseLong(id)) : Optional.empty();
    }
}
