package org.statcommons.surveys;

import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.community.CommunityTab;
import org.statcommons.community.Permitted;
import org.statcommons.identity.ProfileChoices;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;
import org.statcommons.platform.web.ShowFormOnError;

/**
 * The builder of a wave, in the browser and without JavaScript: its sections and questions with buttons to move,
 * change and remove them, the question form (one for every kind: the fields a kind does not use are ignored), and
 * the preview of a section as a respondent would see it.
 */
@Controller
@CommunityTab("surveys")
class SurveyBuilderController {

    private final OwnerChecker checker;
    private final Waves waves;
    private final Questionnaires questionnaires;
    private final ProfileChoices choices;
    private final AddSection addSection;
    private final EditSection editSection;
    private final MoveSection moveSection;
    private final AddQuestion addQuestion;
    private final EditQuestion editQuestion;
    private final MoveQuestion moveQuestion;
    private final RemoveQuestion removeQuestion;

    SurveyBuilderController(
            OwnerChecker checker,
            Waves waves,
            Questionnaires questionnaires,
            ProfileChoices choices,
            AddSection addSection,
            EditSection editSection,
            MoveSection moveSection,
            AddQuestion addQuestion,
            EditQuestion editQuestion,
            MoveQuestion moveQuestion,
            RemoveQuestion removeQuestion) {
        this.checker = checker;
        this.waves = waves;
        this.questionnaires = questionnaires;
        this.choices = choices;
        this.addSection = addSection;
        this.editSection = editSection;
        this.moveSection = moveSection;
        this.addQuestion = addQuestion;
        this.editQuestion = editQuestion;
        this.moveQuestion = moveQuestion;
        this.removeQuestion = removeQuestion;
    }

    private Questionnaire questionnaire(Actor actor, SurveyOwner owner, long id, long waveId) {
        Survey survey = checker.require(actor, owner, id);
        return questionnaires.of(survey, waves.inSurvey(survey, waveId));
    }

    @GetMapping({"/c/{slug}/surveys/{id}/waves/{waveId}", "/admin/surveys/{id}/waves/{waveId}"})
    String wave(
            @Permitted(Action.VIEW_COMMUNITY_INSIDE) SurveyOwner owner,
            @PathVariable long id,
            @PathVariable long waveId,
            @ModelAttribute("section") NewSection section,
            Actor actor,
            Model model) {
        Questionnaire wave = questionnaire(actor, owner, id, waveId);
        model.addAttribute("wave", wave);
        model.addAttribute("waves", waves.of(id));
        model.addAttribute("kinds", QuestionKind.values());
        return "surveys/wave";
    }

    @PostMapping({"/c/{slug}/surveys/{id}/waves/{waveId}/sections", "/admin/surveys/{id}/waves/{waveId}/sections"})
    @ShowFormOnError("wave")
    String addSection(
            @Permitted(Action.VIEW_COMMUNITY_INSIDE) SurveyOwner owner,
            @PathVariable long id,
            @PathVariable long waveId,
            @ModelAttribute("section") NewSection section,
            Actor actor,
            RedirectAttributes redirect) {
        addSection.add(actor, owner, id, waveId, section);
        redirect.addFlashAttribute("notice", Text.of("surveys.notice.section-added"));
        return "redirect:" + SurveyAddress.wave(owner, id, waveId);
    }

    @PostMapping({
        "/c/{slug}/surveys/{id}/waves/{waveId}/sections/{sectionId}",
        "/admin/surveys/{id}/waves/{waveId}/sections/{sectionId}"
    })
    @ShowFormOnError("wave")
    String editSection(
            @Permitted(Action.VIEW_COMMUNITY_INSIDE) SurveyOwner owner,
            @PathVariable long id,
            @PathVariable long waveId,
            @PathVariable long sectionId,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String description,
            Actor actor,
            RedirectAttributes redirect) {
        editSection.edit(actor, owner, id, waveId, sectionId, new NewSection(title, description, List.of()));
        redirect.addFlashAttribute("notice", Text.of("surveys.notice.saved"));
        return "redirect:" + SurveyAddress.wave(owner, id, waveId);
    }

    @PostMapping({
        "/c/{slug}/surveys/{id}/waves/{waveId}/sections/{sectionId}/move",
        "/admin/surveys/{id}/waves/{waveId}/sections/{sectionId}/move"
    })
    @ShowFormOnError("wave")
    String moveSection(
            @Permitted(Action.VIEW_COMMUNITY_INSIDE) SurveyOwner owner,
            @PathVariable long id,
            @PathVariable long waveId,
            @PathVariable long sectionId,
            @RequestParam(defaultValue = "") String direction,
            Actor actor) {
        moveSection.move(actor, owner, id, waveId, sectionId, "up".equals(direction));
        return "redirect:" + SurveyAddress.wave(owner, id, waveId) + "#section-" + sectionId;
    }

    @PostMapping({
        "/c/{slug}/surveys/{id}/waves/{waveId}/sections/{sectionId}/remove",
        "/admin/surveys/{id}/waves/{waveId}/sections/{sectionId}/remove"
    })
    @ShowFormOnError("wave")
    String removeSection(
            @Permitted(Action.VIEW_COMMUNITY_INSIDE) SurveyOwner owner,
            @PathVariable long id,
            @PathVariable long waveId,
            @PathVariable long sectionId,
            Actor actor,
            RedirectAttributes redirect) {
        editSection.remove(actor, owner, id, waveId, sectionId);
        redirect.addFlashAttribute("notice", Text.of("surveys.notice.section-removed"));
        return "redirect:" + SurveyAddress.wave(owner, id, waveId);
    }

    @GetMapping({
        "/c/{slug}/surveys/{id}/waves/{waveId}/questions/new",
        "/admin/surveys/{id}/waves/{waveId}/questions/new"
    })
    String newQuestion(
            @Permitted(Action.VIEW_COMMUNITY_INSIDE) SurveyOwner owner,
            @PathVariable long id,
            @PathVariable long waveId,
            @RequestParam(defaultValue = "0") long section,
            @RequestParam(defaultValue = "SINGLE_CHOICE") String kind,
            @ModelAttribute("form") QuestionForm form,
            Actor actor,
            Model model) {
        Questionnaire wave = questionnaire(actor, owner, id, waveId);
        long sectionId = form.sectionId() != 0 ? form.sectionId() : section;
        Section chosen = EditSection.section(wave, sectionId);
        model.addAttribute("wave", wave);
        model.addAttribute("chosen", chosen);
        model.addAttribute("question", null);
        model.addAttribute("kinds", QuestionKind.values());
        model.addAttribute("form", form.kind().isEmpty() ? QuestionForm.empty(chosen.id(), kind(kind)) : form);
        return "surveys/question";
    }

    @PostMapping({"/c/{slug}/surveys/{id}/waves/{waveId}/questions", "/admin/surveys/{id}/waves/{waveId}/questions"})
    @ShowFormOnError("newQuestion")
    String addQuestion(
            @Permitted(Action.VIEW_COMMUNITY_INSIDE) SurveyOwner owner,
            @PathVariable long id,
            @PathVariable long waveId,
            @ModelAttribute("form") QuestionForm form,
            Actor actor,
            RedirectAttributes redirect) {
        long questionId = addQuestion.add(actor, owner, id, waveId, form.sectionId(), form.command());
        redirect.addFlashAttribute("notice", Text.of("surveys.notice.question-added"));
        return "redirect:" + SurveyAddress.wave(owner, id, waveId) + "#question-" + questionId;
    }

    @GetMapping({
        "/c/{slug}/surveys/{id}/waves/{waveId}/questions/{questionId}",
        "/admin/surveys/{id}/waves/{waveId}/questions/{questionId}"
    })
    String question(
            @Permitted(Action.VIEW_COMMUNITY_INSIDE) SurveyOwner owner,
            @PathVariable long id,
            @PathVariable long waveId,
            @PathVariable long questionId,
            @ModelAttribute("form") QuestionForm form,
            Actor actor,
            Model model) {
        Questionnaire wave = questionnaire(actor, owner, id, waveId);
        Question question = EditQuestion.question(wave, questionId);
        model.addAttribute("wave", wave);
        model.addAttribute("chosen", EditSection.section(wave, question.sectionId()));
        model.addAttribute("question", question);
        model.addAttribute("kinds", QuestionKind.values());
        model.addAttribute("form", form.kind().isEmpty() ? QuestionForm.of(question) : form);
        return "surveys/question";
    }

    @PostMapping({
        "/c/{slug}/surveys/{id}/waves/{waveId}/questions/{questionId}",
        "/admin/surveys/{id}/waves/{waveId}/questions/{questionId}"
    })
    @ShowFormOnError("question")
    String editQuestion(
            @Permitted(Action.VIEW_COMMUNITY_INSIDE) SurveyOwner owner,
            @PathVariable long id,
            @PathVariable long waveId,
            @PathVariable long questionId,
            @ModelAttribute("form") QuestionForm form,
            Actor actor,
            RedirectAttributes redirect) {
        editQuestion.edit(actor, owner, id, waveId, questionId, form.command());
        redirect.addFlashAttribute("notice", Text.of("surveys.notice.saved"));
        return "redirect:" + SurveyAddress.wave(owner, id, waveId) + "#question-" + questionId;
    }

    @PostMapping({
        "/c/{slug}/surveys/{id}/waves/{waveId}/questions/{questionId}/move",
        "/admin/surveys/{id}/waves/{waveId}/questions/{questionId}/move"
    })
    @ShowFormOnError("wave")
    String moveQuestion(
            @Permitted(Action.VIEW_COMMUNITY_INSIDE) SurveyOwner owner,
            @PathVariable long id,
            @PathVariable long waveId,
            @PathVariable long questionId,
            @RequestParam(defaultValue = "") String direction,
            Actor actor) {
        moveQuestion.move(actor, owner, id, waveId, questionId, "up".equals(direction));
        return "redirect:" + SurveyAddress.wave(owner, id, waveId) + "#question-" + questionId;
    }

    @PostMapping({
        "/c/{slug}/surveys/{id}/waves/{waveId}/questions/{questionId}/remove",
        "/admin/surveys/{id}/waves/{waveId}/questions/{questionId}/remove"
    })
    @ShowFormOnError("wave")
    String removeQuestion(
            @Permitted(Action.VIEW_COMMUNITY_INSIDE) SurveyOwner owner,
            @PathVariable long id,
            @PathVariable long waveId,
            @PathVariable long questionId,
            Actor actor,
            RedirectAttributes redirect) {
        boolean kept = removeQuestion.remove(actor, owner, id, waveId, questionId);
        redirect.addFlashAttribute(
                "notice", Text.of(kept ? "surveys.notice.question-hidden" : "surveys.notice.question-removed"));
        return "redirect:" + SurveyAddress.wave(owner, id, waveId);
    }

    @PostMapping({
        "/c/{slug}/surveys/{id}/waves/{waveId}/questions/{questionId}/restore",
        "/admin/surveys/{id}/waves/{waveId}/questions/{questionId}/restore"
    })
    @ShowFormOnError("wave")
    String restoreQuestion(
            @Permitted(Action.VIEW_COMMUNITY_INSIDE) SurveyOwner owner,
            @PathVariable long id,
            @PathVariable long waveId,
            @PathVariable long questionId,
            Actor actor,
            RedirectAttributes redirect) {
        removeQuestion.restore(actor, owner, id, waveId, questionId);
        redirect.addFlashAttribute("notice", Text.of("surveys.notice.question-restored"));
        return "redirect:" + SurveyAddress.wave(owner, id, waveId) + "#question-" + questionId;
    }

    /** A section as a respondent sees it (conditions noted, not applied: the preview has no answers). */
    @GetMapping({"/c/{slug}/surveys/{id}/waves/{waveId}/preview", "/admin/surveys/{id}/waves/{waveId}/preview"})
    String preview(
            @Permitted(Action.VIEW_COMMUNITY_INSIDE) SurveyOwner owner,
            @PathVariable long id,
            @PathVariable long waveId,
            @RequestParam(defaultValue = "1") int section,
            Actor actor,
            Locale locale,
            Model model) {
        Questionnaire wave = questionnaire(actor, owner, id, waveId);
        if (wave.sections().isEmpty()) {
            throw new NotFoundException(Text.of("surveys.preview.empty"));
        }
        int shown = Math.max(1, Math.min(section, wave.sections().size()));
        model.addAttribute("wave", wave);
        model.addAttribute("current", wave.sections().get(shown - 1));
        model.addAttribute("number", shown);
        model.addAttribute("count", wave.sections().size());
        model.addAttribute("countries", choices.countries(locale));
        return "surveys/preview";
    }

    private static String kind(String kind) {
        try {
            return QuestionKind.valueOf(kind.strip().toUpperCase(Locale.ROOT)).name();
        } catch (IllegalArgumentException e) {
            return QuestionKind.SINGLE_CHOICE.name();
        }
    }
}
