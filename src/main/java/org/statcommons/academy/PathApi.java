package org.statcommons.academy;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.community.Community;
import org.statcommons.community.Permitted;

/** Learning paths in JSON, read only: a community's paths, and one path with the caller's progress along it. */
@RestController
class PathApi {

    record PathJson(long id, String title, String audience, int courses, String url) {}

    record StepJson(
            int position,
            String community,
            String title,
            String url,
            boolean enrolled,
            int done,
            int total,
            boolean completed) {}

    record PathDetailJson(PathJson path, List<StepJson> courses, int notShown, boolean completed) {}

    private final PathPresenter presenter;

    PathApi(PathPresenter presenter) {
        this.presenter = presenter;
    }

    @GetMapping("/api/v1/communities/{slug}/paths")
    List<PathJson> paths(@Permitted(Action.VIEW_COMMUNITY_LANDING) Community community, Actor actor) {
        return presenter.list(actor, community).paths().stream()
                .map(p -> json(p, community))
                .toList();
    }

    @GetMapping("/api/v1/communities/{slug}/paths/{id}")
    PathDetailJson path(
            @Permitted(Action.VIEW_COMMUNITY_LANDING) Community community, @PathVariable long id, Actor actor) {
        PathPresenter.PathView view = presenter.path(actor, community, id);
        return new PathDetailJson(
                json(view.path(), community),
                view.steps().stream()
                        .map(s -> new StepJson(
                                s.position(),
                                s.communityName(),
                                s.title(),
                                s.address(),
                                s.enrolled(),
                                s.done(),
                                s.total(),
                                s.completed()))
                        .toList(),
                view.hidden(),
                view.completed());
    }

    private static PathJson json(LearningPath path, Community community) {
        return new PathJson(
                path.id(),
                path.title(),
                path.audience(),
                path.courseIds().size(),
                CourseAddress.path(community.slug(), path.id()));
    }
}
