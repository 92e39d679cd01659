package org.statcommons.academy;

import java.util.Locale;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.community.Community;
import org.statcommons.community.CommunityTab;
import org.statcommons.community.Permitted;
import org.statcommons.content.Author;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;
import org.statcommons.platform.web.ShowFormOnError;

/**
 * A community's courses and each course's site: its contents with durations, its episodes with objectives and
 * previous and next, its setup and glossary pages, the single printable page, the offline zip and its images. A
 * public course is read by anyone, a members' course by the community's members ({@link CourseAccess}).
 */
@Controller
@CommunityTab("courses")
class CourseController {

    private final CoursePresenter presenter;
    private final CreateCourse createCourse;
    private final OfflineCourse offline;
    private final ForkPresenter forks;
    private final ForkCourse forkCourse;
    private final LearningPresenter learning;
    private final ReleasePresenter releases;
    private final CourseEpubWriter epub;
    private final Catalogue catalogue;

    CourseController(
            CoursePresenter presenter,
            CreateCourse createCourse,
            OfflineCourse offline,
            ForkPresenter forks,
            ForkCourse forkCourse,
            LearningPresenter learning,
            ReleasePresenter releases,
            CourseEpubWriter epub,
            Catalogue catalogue) {
        this.learning = learning;
        this.epub = epub;
        this.releases = releases;
        this.catalogue = catalogue;
        this.presenter = presenter;
        this.createCourse = createCourse;
        this.offline = offline;
        this.forks = forks;
        this.forkCourse = forkCourse;
    }

    @GetMapping("/c/{slug}/courses")
    String list(
            @Permitted(Action.VIEW_COMMUNITY_LANDING) Community community,
            @ModelAttribute("form") NewCourse form,
            Actor actor,
            Model model) {
        model.addAttribute("list", presenter.list(actor, community));
        model.addAttribute("licences", Licences.KNOWN);
        if (form.title() == null) {
            model.addAttribute("form", NewCourse.blank());
        }
        return "academy/courses";
    }

    @PostMapping("/c/{slug}/courses")
    @ShowFormOnError("list")
    String create(
            @Permitted(Action.MAINTAIN_COURSES) Community community,
            @ModelAttribute("form") NewCourse form,
            Actor actor,
            Author author) {
        Course course = createCourse.create(actor, community, form, author);
        return "redirect:" + CourseAddress.of(community.slug(), course.name());
    }

    /** The contents page, of main as it is now or of a release ({@code /v/1.0}, with or without the final slash). */
    @GetMapping({
        "/c/{slug}/courses/{course}",
        "/c/{slug}/courses/{course}/v/{version}",
        "/c/{slug}/courses/{course}/v/{version}/"
    })
    String course(
            @Permitted(Action.VIEW_COMMUNITY_LANDING) Community community,
            @PathVariable String course,
            @PathVariable(required = false) String version,
            Actor actor,
            Model model) {
        CourseView view = presenter.contents(actor, community, course, version);
        model.addAttribute("view", view);
        model.addAttribute("progress", learning.progress(actor, view.course(), view.material()));
        model.addAttribute("items", catalogue.items(view.material().manifest()));
        return "academy/course";
    }

    /** The form to fork the course into a community where the person maintains courses. */
    @GetMapping("/c/{slug}/courses/{course}/fork")
    String forkForm(
            @Permitted(Action.VIEW_COMMUNITY_LANDING) Community community,
            @PathVariable String course,
            @ModelAttribute("form") NewFork form,
            Actor actor,
            Model model) {
        CourseView view = presenter.course(actor, community, course);
        model.addAttribute("view", view);
        model.addAttribute("targets", forks.targets(actor));
        model.addAttribute("releases", releases.versions(view.course()));
        if (form.name() == null) {
            // "Fork this release" links here with ?release=1.0
            model.addAttribute("form", NewFork.blank(community.slug(), course, form.release()));
        }
        return "academy/fork";
    }

    @PostMapping("/c/{slug}/courses/{course}/fork")
    @ShowFormOnError("forkForm")
    String fork(
            @Permitted(Action.VIEW_COMMUNITY_LANDING) Community community,
            @PathVariable String course,
            @ModelAttribute("form") NewFork form,
            Actor actor) {
        Course forked = forkCourse.fork(actor, community, course, form);
        return "redirect:" + CourseAddress.of(form.community().strip(), forked.name());
    }

    /** Who reuses the course: its forks and translations, and theirs, with how far each stands from its origin. */
    @GetMapping("/c/{slug}/courses/{course}/network")
    String network(
            @Permitted(Action.VIEW_COMMUNITY_LANDING) Community community,
            @PathVariable String course,
            Actor actor,
            Model model) {
        CourseView view = presenter.heading(actor, community, course);
        model.addAttribute("view", view);
        model.addAttribute("network", forks.network(actor, view.course()));
        return "academy/network";
    }

    @GetMapping({
        "/c/{slug}/courses/{course}/episodes/{episode}",
        "/c/{slug}/courses/{course}/v/{version}/episodes/{episode}"
    })
    String episode(
            @Permitted(Action.VIEW_COMMUNITY_LANDING) Community community,
            @PathVariable String course,
            @PathVariable(required = false) String version,
            @PathVariable String episode,
            Actor actor,
            Model model) {
        CourseView view = presenter.course(actor, community, course, version);
        Episode shown = view.material()
                .episode(episode)
                .orElseThrow(() -> new NotFoundException(Text.of("academy.episode.none")));
        model.addAttribute("view", view);
        model.addAttribute("episode", shown);
        model.addAttribute("before", view.material().before(shown));
        model.addAttribute("after", view.material().after(shown));
        model.addAttribute("progress", learning.progress(actor, view.course(), view.material()));
        return "academy/episode";
    }

    @GetMapping({
        "/c/{slug}/courses/{course}/{page:setup|glossary}",
        "/c/{slug}/courses/{course}/v/{version}/{page:setup|glossary}"
    })
    String page(
            @Permitted(Action.VIEW_COMMUNITY_LANDING) Community community,
            @PathVariable String course,
            @PathVariable(required = false) String version,
            @PathVariable String page,
            Actor actor,
            Model model) {
        CourseView view = presenter.course(actor, community, course, version);
        CoursePage shown = view.material().pages().get(page);
        if (shown == null) {
            throw new NotFoundException(Text.of("academy.page.none"));
        }
        model.addAttribute("view", view);
        model.addAttribute("page", shown);
        return "academy/page";
    }

    @GetMapping({"/c/{slug}/courses/{course}/print", "/c/{slug}/courses/{course}/v/{version}/print"})
    String print(
            @Permitted(Action.VIEW_COMMUNITY_LANDING) Community community,
            @PathVariable String course,
            @PathVariable(required = false) String version,
            Actor actor,
            Model model) {
        model.addAttribute("view", presenter.course(actor, community, course, version));
        return "academy/print";
    }

    @GetMapping({"/c/{slug}/courses/{course}/offline.zip", "/c/{slug}/courses/{course}/v/{version}/offline.zip"})
    ResponseEntity<byte[]> offline(
            @Permitted(Action.VIEW_COMMUNITY_LANDING) Community community,
            @PathVariable String course,
            @PathVariable(required = false) String version,
            Actor actor,
            Locale locale) {
        CourseView view = presenter.course(actor, community, course, version);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(course + ".zip")
                                .build()
                                .toString())
                .body(offline.zip(view, locale));
    }

    /** The course (or a release) as an EPUB 3 e-book: learners' text, solutions unfolded, no instructor notes. */
    @GetMapping({"/c/{slug}/courses/{course}/course.epub", "/c/{slug}/courses/{course}/v/{version}/course.epub"})
    ResponseEntity<byte[]> epub(
            @Permitted(Action.VIEW_COMMUNITY_LANDING) Community community,
            @PathVariable String course,
            @PathVariable(required = false) String version,
            Actor actor,
            Locale locale) {
        CourseView view = presenter.course(actor, community, course, version);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(CourseEpubWriter.MEDIA_TYPE))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(course
                                        + (version == null
                                                ? ""
                                                : "-" + view.release().version()) + ".epub")
                                .build()
                                .toString())
                .body(epub.epub(view, locale));
    }

    /** An image beside the episodes ({@code episodes/fig/commits.svg}), as an episode's relative link asks for it. */
    @GetMapping({
        "/c/{slug}/courses/{course}/episodes/{folder}/{file:.+}",
        "/c/{slug}/courses/{course}/v/{version}/episodes/{folder}/{file:.+}"
    })
    ResponseEntity<byte[]> image(
            @Permitted(Action.VIEW_COMMUNITY_LANDING) Community community,
            @PathVariable String course,
            @PathVariable(required = false) String version,
            @PathVariable String folder,
            @PathVariable String file,
            Actor actor) {
        CourseView view = presenter.course(actor, community, course, version);
        String path = CourseReader.EPISODES + folder + "/" + file;
        byte[] bytes = view.material().images().get(path);
        String type = CourseReader.image(path).orElse(null);
        if (bytes == null || type == null) {
            throw new NotFoundException(Text.of("academy.file.none"));
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(type))
                // an SVG opened on its own runs nothing and loads nothing
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox")
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noCache())
                .body(bytes);
    }
}
