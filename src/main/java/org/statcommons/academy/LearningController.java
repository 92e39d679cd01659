package org.statcommons.academy;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.NotAllowedException;
import org.statcommons.community.Community;
import org.statcommons.community.CommunityTab;
import org.statcommons.community.Permitted;
import org.statcommons.platform.i18n.Language;

/**
 * Learning: enrolling in a course and leaving it, marking an episode done (a plain form, no script), the learner's
 * own courses with their progress and certificates ({@code /academy/me}), and a certificate's public verification page
 * and PDF ({@code /academy/certificates/{code}}), which show who completed what and when and nothing else.
 */
@Controller
@CommunityTab("courses")
class LearningController {

    private final EnrolInCourse enrol;
    private final LeaveCourse leave;
    private final MarkEpisodeDone markDone;
    private final ChooseCertificateVisibility choose;
    private final LearningPresenter presenter;
    private final CertificatePdfRenderer pdf;

    LearningController(
            EnrolInCourse enrol,
            LeaveCourse leave,
            MarkEpisodeDone markDone,
            ChooseCertificateVisibility choose,
            LearningPresenter presenter,
            CertificatePdfRenderer pdf) {
        this.enrol = enrol;
        this.leave = leave;
        this.markDone = markDone;
        this.choose = choose;
        this.presenter = presenter;
        this.pdf = pdf;
    }

    @PostMapping("/c/{slug}/courses/{course}/enrolment")
    String enrol(@Permitted(Action.ENROL_IN_COURSES) Community community, @PathVariable String course, Actor actor) {
        enrol.enrol(actor, community, course);
        return "redirect:" + CourseAddress.of(community.slug(), course);
    }

    @PostMapping("/c/{slug}/courses/{course}/enrolment/leave")
    String leave(@Permitted(Action.ENROL_IN_COURSES) Community community, @PathVariable String course, Actor actor) {
        leave.leave(actor, community, course);
        return "redirect:" + CourseAddress.of(community.slug(), course);
    }

    /** Marks the episode done ({@code done=false}: not done again); back to the episode, which then says so. */
    @PostMapping("/c/{slug}/courses/{course}/episodes/{episode}/done")
    String done(
            @Permitted(Action.ENROL_IN_COURSES) Community community,
            @PathVariable String course,
            @PathVariable String episode,
            @RequestParam(name = "done", required = false) String done,
            Actor actor) {
        markDone.mark(actor, community, course, episode, !"false".equals(done));
        return "redirect:" + CourseAddress.episode(community.slug(), course, episode);
    }

    @GetMapping("/academy/me")
    String mine(Actor actor, Model model) {
        if (!actor.signedIn()) {
            throw new NotAllowedException(Action.ENROL_IN_COURSES, false);
        }
        model.addAttribute("learning", presenter.of(actor));
        return "academy/learning";
    }

    /** The learner hides or shows their certificate, and shows it on their profile or not. */
    @PostMapping("/academy/certificates/{code}")
    String choose(
            @PathVariable String code,
            @RequestParam(required = false) String hidden,
            @RequestParam(required = false) String profile,
            Actor actor) {
        choose.choose(actor, code, "true".equals(hidden), "true".equals(profile));
        return "redirect:" + CourseAddress.learning();
    }

    @GetMapping("/academy/certificates/{code}")
    String certificate(@PathVariable String code, Model model) {
        Completion completion = presenter.certificate(code);
        model.addAttribute("certificate", completion);
        model.addAttribute("pdf", CourseAddress.certificatePdf(code));
        return "academy/certificate";
    }

    @GetMapping("/academy/certificates/{code}/certificate.pdf")
    ResponseEntity<byte[]> certificatePdf(@PathVariable String code) {
        Completion completion = presenter.certificate(code);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename("certificate.pdf")
                                .build()
                                .toString())
                .body(pdf.pdf(completion, presenter.verification(completion), Language.ofRequest()));
    }
}
