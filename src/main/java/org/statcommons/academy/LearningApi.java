package org.statcommons.academy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.NotAllowedException;
import org.statcommons.community.Community;
import org.statcommons.community.Permitted;

/**
 * Learning in JSON: one's enrolment in a course with the episodes done (enrol, leave, mark an episode done or not),
 * one's courses and certificates, and a certificate's verification, which anyone may ask for by its code. The same
 * use cases and checks as the site ({@link LearningController}).
 */
@RestController
class LearningApi {

    /** A certificate as anyone verifying it sees it: who completed which course of which community, when, which version. */
    record CertificateJson(
            String learner,
            String course,
            String community,
            LocalDate completedOn,
            Instant completedAt,
            String commit,
            String release,
            String url,
            String pdf) {}

    /** One's enrolment in a course: the episodes of the course now marked done, and the certificate once completed. */
    record EnrolmentJson(
            boolean enrolled, List<String> done, int total, boolean completed, CertificateJson certificate) {}

    record StudiedJson(
            String community, String name, String title, int done, int total, boolean completed, String url) {}

    record LearningJson(List<StudiedJson> courses, List<CertificateJson> certificates) {}

    private final CoursePresenter courses;
    private final LearningPresenter presenter;
    private final EnrolInCourse enrol;
    private final LeaveCourse leave;
    private final MarkEpisodeDone markDone;

    LearningApi(
            CoursePresenter courses,
            LearningPresenter presenter,
            EnrolInCourse enrol,
            LeaveCourse leave,
            MarkEpisodeDone markDone) {
        this.courses = courses;
        this.presenter = presenter;
        this.enrol = enrol;
        this.leave = leave;
        this.markDone = markDone;
    }

    @GetMapping("/api/v1/communities/{slug}/courses/{course}/enrolment")
    EnrolmentJson enrolment(
            @Permitted(Action.ENROL_IN_COURSES) Community community, @PathVariable String course, Actor actor) {
        CourseView view = courses.course(actor, community, course);
        LearningPresenter.Progress progress = presenter.progress(actor, view.course(), view.material());
        Completion completion = progress.completion();
        return new EnrolmentJson(
                progress.enrolled(),
                List.copyOf(progress.done()),
                progress.total(),
                completion != null,
                completion == null ? null : json(completion));
    }

    @PostMapping("/api/v1/communities/{slug}/courses/{course}/enrolment")
    EnrolmentJson enrol(
            @Permitted(Action.ENROL_IN_COURSES) Community community, @PathVariable String course, Actor actor) {
        enrol.enrol(actor, community, course);
        return enrolment(community, course, actor);
    }

    @DeleteMapping("/api/v1/communities/{slug}/courses/{course}/enrolment")
    ResponseEntity<Void> leave(
            @Permitted(Action.ENROL_IN_COURSES) Community community, @PathVariable String course, Actor actor) {
        leave.leave(actor, community, course);
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/api/v1/communities/{slug}/courses/{course}/progress/{episode}")
    EnrolmentJson done(
            @Permitted(Action.ENROL_IN_COURSES) Community community,
            @PathVariable String course,
            @PathVariable String episode,
            Actor actor) {
        markDone.mark(actor, community, course, episode, true);
        return enrolment(community, course, actor);
    }

    @DeleteMapping("/api/v1/communities/{slug}/courses/{course}/progress/{episode}")
    EnrolmentJson notDone(
            @Permitted(Action.ENROL_IN_COURSES) Community community,
            @PathVariable String course,
            @PathVariable String episode,
            Actor actor) {
        markDone.mark(actor, community, course, episode, false);
        return enrolment(community, course, actor);
    }

    @GetMapping("/api/v1/me/learning")
    LearningJson mine(Actor actor) {
        if (!actor.signedIn()) {
            throw new NotAllowedException(Action.ENROL_IN_COURSES, false);
        }
        LearningPresenter.Learning learning = presenter.of(actor);
        return new LearningJson(
                learning.courses().stream()
                        .map(s -> new StudiedJson(
                                s.communitySlug(),
                                s.name(),
                                s.title(),
                                s.done(),
                                s.total(),
                                s.completion() != null,
                                s.address()))
                        .toList(),
                learning.certificates().stream()
                        .filter(c -> !c.hidden())
                        .map(this::json)
                        .toList());
    }

    @GetMapping("/api/v1/certificates/{code}")
    CertificateJson certificate(@PathVariable String code) {
        return json(presenter.certificate(code));
    }

    private CertificateJson json(Completion completion) {
        Completion c = completion.release() == null ? presenter.released(completion) : completion;
        return new CertificateJson(
                c.learnerName(),
                c.courseTitle(),
                c.communityName(),
                c.day(),
                c.completedAt(),
                c.commitId(),
                c.release(),
                presenter.verification(c),
                CourseAddress.certificatePdf(c.code()));
    }
}
