package org.statcommons.academy;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.community.Community;
import org.statcommons.community.Permitted;
import org.statcommons.content.Author;
import org.statcommons.platform.i18n.Language;

/**
 * Courses in JSON: the public catalogue ({@code /api/v1/courses}, the same query and facets as {@code /academy}), a
 * community's courses, and one course with its manifest, episodes and the problems found in its files (for those who
 * write it); maintainers create a course as in the browser. The same policy as the site ({@link CourseAccess}).
 */
@RestController
class CourseApi {

    record CourseJson(
            String community,
            String name,
            String title,
            String summary,
            String level,
            String language,
            String licence,
            int minutes,
            int episodes,
            boolean open,
            String url) {}

    /** A course of the catalogue: the course, its framework items, formats, duration band, and reuse. */
    record CatalogueCourseJson(
            String community,
            String name,
            String title,
            String summary,
            String level,
            String language,
            String licence,
            int minutes,
            int episodes,
            boolean open,
            String url,
            List<ItemJson> framework,
            List<String> formats,
            String duration,
            long forks,
            long translations) {}

    /** A framework item a course teaches, and to which level (null when its course.yml says none). */
    record ItemJson(String item, String name, String level, String phase) {}

    record CatalogueJson(List<CatalogueCourseJson> courses, Map<String, List<Catalogue.FacetValue>> facets) {}

    record EpisodeJson(
            String name,
            String title,
            int teachingMinutes,
            int exerciseMinutes,
            List<String> questions,
            List<String> objectives,
            List<String> keyPoints,
            String url) {}

    record ProblemJson(String file, int line, String message) {}

    record CourseDetailJson(
            CourseJson course,
            CourseManifest manifest,
            String commit,
            List<EpisodeJson> episodes,
            List<String> pages,
            List<ProblemJson> problems,
            String git,
            OriginJson origin,
            List<ForkJson> forks) {}

    /**
     * Where a fork came from and how it stands: the origin's address, title and licence when forked, the commit
     * forked from and the release it was (null when none), the language of a translation, the origin's commits it lacks ({@code newChanges}) and its own the
     * origin lacks ({@code ahead}), and for a translation the episodes the origin changed since; those three null
     * for a reader who may not read the origin.
     */
    record OriginJson(
            String community,
            String name,
            String title,
            String licence,
            String forkedCommit,
            String forkedRelease,
            String translatedInto,
            Integer newChanges,
            Integer ahead,
            List<String> outOfDate,
            String url) {}

    /** A fork in the course's network, with its own forks. */
    record ForkJson(
            String community,
            String name,
            String title,
            String language,
            String licence,
            boolean translation,
            int behind,
            int ahead,
            String url,
            List<ForkJson> forks) {}

    private final Catalogue catalogue;
    private final CoursePresenter presenter;
    private final CreateCourse createCourse;
    private final ForkPresenter forks;
    private final ForkCourse forkCourse;

    CourseApi(
            Catalogue catalogue,
            CoursePresenter presenter,
            CreateCourse createCourse,
            ForkPresenter forks,
            ForkCourse forkCourse) {
        this.catalogue = catalogue;
        this.presenter = presenter;
        this.createCourse = createCourse;
        this.forks = forks;
        this.forkCourse = forkCourse;
    }

    @GetMapping("/api/v1/courses")
    CatalogueJson catalogue(
            @RequestParam(name = "q", required = false) String text,
            @RequestParam(required = false) String level,
            @RequestParam(required = false) String language,
            @RequestParam(required = false) String licence,
            @RequestParam(required = false) String community,
            @RequestParam(required = false) String item,
            @RequestParam(required = false) String proficiency,
            @RequestParam(required = false) String format,
            @RequestParam(required = false) String duration) {
        Catalogue.Found found = catalogue.find(
                new Catalogue.Query(text, level, language, licence, community, item, proficiency, format, duration));
        return new CatalogueJson(found.entries().stream().map(CourseApi::json).toList(), found.facets());
    }

    @GetMapping("/api/v1/communities/{slug}/courses")
    List<CourseJson> ofCommunity(@Permitted(Action.VIEW_COMMUNITY_LANDING) Community community, Actor actor) {
        return presenter.list(actor, community).courses().stream()
                .map(listed -> json(listed, community.slug()))
                .toList();
    }

    @GetMapping("/api/v1/communities/{slug}/courses/{course}")
    CourseDetailJson course(
            @Permitted(Action.VIEW_COMMUNITY_LANDING) Community community,
            @PathVariable String course,
            Actor actor,
            Locale locale) {
        CourseView view = presenter.contents(actor, community, course, null);
        Language language = Language.of(locale);
        CourseMaterial material = view.material();
        return new CourseDetailJson(
                json(presenter.listed(view.course(), view.address()), community.slug()),
                material.manifest(),
                material.commitId(),
                material.episodes().stream()
                        .map(e -> new EpisodeJson(
                                e.name(),
                                e.title(),
                                e.teachingMinutes(),
                                e.exerciseMinutes(),
                                e.questions(),
                                e.objectives(),
                                e.keyPoints(),
                                view.episodeAddress(e)))
                        .toList(),
                List.copyOf(material.pages().keySet()),
                view.problems().stream()
                        .map(p -> new ProblemJson(p.file(), p.line(), p.text().in(language)))
                        .toList(),
                view.gitUrl(),
                origin(view.fork()),
                forks.network(actor, view.course()).forks().stream()
                        .map(CourseApi::json)
                        .toList());
    }

    /** Forks (or translates, with {@code language}) the course into a community where the caller maintains courses. */
    @PostMapping("/api/v1/communities/{slug}/courses/{course}/forks")
    ResponseEntity<CourseDetailJson> fork(
            @Permitted(Action.VIEW_COMMUNITY_LANDING) Community community,
            @PathVariable String course,
            @RequestBody NewFork body,
            Actor actor,
            Locale locale) {
        Course forked = forkCourse.fork(actor, community, course, body);
        Community target = forks.communityOf(forked);
        return ResponseEntity.created(URI.create("/api/v1/communities/" + target.slug() + "/courses/" + forked.name()))
                .body(course(target, forked.name(), actor, locale));
    }

    private static OriginJson origin(ForkView fork) {
        if (fork == null) {
            return null;
        }
        return new OriginJson(
                fork.originCommunitySlug(),
                fork.originName(),
                fork.fork().originTitle(),
                fork.fork().originLicence(),
                fork.fork().forkedCommit(),
                fork.fork().forkedRelease(),
                fork.fork().language(),
                fork.standingKnown() ? fork.newChanges() : null,
                fork.standingKnown() ? fork.ahead() : null,
                fork.standingKnown() ? fork.outOfDate() : null,
                fork.originAddress());
    }

    private static ForkJson json(NetworkView node) {
        return new ForkJson(
                node.communitySlug(),
                node.name(),
                node.title(),
                node.language(),
                node.licence(),
                node.translation(),
                node.behind(),
                node.ahead(),
                node.address(),
                node.forks().stream().map(CourseApi::json).toList());
    }

    @PostMapping("/api/v1/communities/{slug}/courses")
    ResponseEntity<CourseDetailJson> create(
            @Permitted(Action.MAINTAIN_COURSES) Community community,
            @RequestBody NewCourse body,
            Actor actor,
            Author author,
            Locale locale) {
        Course created = createCourse.create(actor, community, body, author);
        return ResponseEntity.created(
                        URI.create("/api/v1/communities/" + community.slug() + "/courses/" + created.name()))
                .body(course(community, created.name(), actor, locale));
    }

    private static CatalogueCourseJson json(Catalogue.Entry entry) {
        CourseJson course = json(entry.course(), entry.communitySlug());
        return new CatalogueCourseJson(
                course.community(),
                course.name(),
                course.title(),
                course.summary(),
                course.level(),
                course.language(),
                course.licence(),
                course.minutes(),
                course.episodes(),
                course.open(),
                course.url(),
                entry.items().stream()
                        .map(i -> new ItemJson(
                                i.code(), i.name(), i.level(), i.phase().code()))
                        .toList(),
                entry.formats(),
                entry.duration(),
                entry.reuse().forks(),
                entry.reuse().translations());
    }

    private static CourseJson json(CoursePresenter.Listed listed, String communitySlug) {
        CourseManifest manifest = listed.manifest();
        return new CourseJson(
                communitySlug,
                listed.course().name(),
                manifest.title(),
                manifest.summary(),
                manifest.level() == null ? null : manifest.level().name().toLowerCase(Locale.ROOT),
                manifest.language(),
                manifest.licence(),
                listed.minutes(),
                listed.episodes(),
                listed.course().open(),
                listed.address());
    }
}
