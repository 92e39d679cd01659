package org.statcommons.surveys;

import java.util.List;
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
import org.statcommons.community.MemberPicker;
import org.statcommons.community.Permitted;
import org.statcommons.identity.Account;
import org.statcommons.identity.Accounts;
import org.statcommons.platform.Text;
import org.statcommons.platform.web.ShowFormOnError;

/**
 * A community's surveys as their owners see them: the list of those they run, the form that starts one, and a
 * survey's screen (its title, description and small-cell threshold, its respondent mode, its waves and the next one).
 * Members reach the screens; what an owner does is asked of the policy with the owner's standing, in the use cases.
 */
@Controller
@CommunityTab("surveys")
class SurveyController {

    private final Surveys surveys;
    private final Waves waves;
    private final SurveyOwners owners;
    private final OwnerChecker checker;
    private final Accounts accounts;
    private final CreateSurvey createSurvey;
    private final EditSurvey editSurvey;
    private final SetRespondentMode setMode;
    private final StartNextWave startNextWave;
    private final SurveyAnalysts analysts;
    private final MemberPicker picker;
    private final ChooseSurveyPeople choosePeople;
    private final AnswerableFinder answerable;
    private final SurveyInvitations invitations;

    SurveyController(
            Surveys surveys,
            Waves waves,
            SurveyOwners owners,
            OwnerChecker checker,
            Accounts accounts,
            CreateSurvey createSurvey,
            EditSurvey editSurvey,
            SetRespondentMode setMode,
            StartNextWave startNextWave,
            SurveyAnalysts analysts,
            MemberPicker picker,
            ChooseSurveyPeople choosePeople,
            AnswerableFinder answerable,
            SurveyInvitations invitations) {
        this.surveys = surveys;
        this.waves = waves;
        this.owners = owners;
        this.checker = checker;
        this.accounts = accounts;
        this.createSurvey = createSurvey;
        this.editSurvey = editSurvey;
        this.setMode = setMode;
        this.startNextWave = startNextWave;
        this.analysts = analysts;
        this.picker = picker;
        this.choosePeople = choosePeople;
        this.answerable = answerable;
        this.invitations = invitations;
    }

    /** A survey in the list: it, its waves, and whether the reader runs it (an analyst only reads its results). */
    record Listed(Survey survey, List<Wave> waves, boolean runs) {}

    /** A wave on the survey's screen, with how many were invited and answered. */
    record WaveLine(Wave wave, int invited, int answered) {}

    @GetMapping({"/c/{slug}/surveys", "/admin/surveys"})
    String list(
            @Permitted(Action.VIEW_COMMUNITY_INSIDE) SurveyOwner owner,
            @ModelAttribute("form") NewSurvey form,
            Actor actor,
            Model model) {
        model.addAttribute(
                "surveys",
                surveys.of(owner).stream()
                        .map(s -> new Listed(s, waves.of(s.id()), checker.may(actor, owner, s.id())))
                        .filter(l -> l.runs() || analyses(actor, l.survey()))
                        .toList());
        model.addAttribute("modes", RespondentMode.values());
        model.addAttribute("toAnswer", owner.platformWide() ? List.of() : answerable.of(actor, owner.community()));
        return "surveys/list";
    }

    @PostMapping({"/c/{slug}/surveys", "/admin/surveys"})
    @ShowFormOnError("list")
    String create(
            @Permitted(Action.CREATE_SURVEY) SurveyOwner owner,
            @ModelAttribute("form") NewSurvey form,
            Actor actor,
            RedirectAttributes redirect) {
        Wave wave = createSurvey.create(actor, owner, form);
        redirect.addFlashAttribute("notice", Text.of("surveys.notice.created"));
        return "redirect:" + SurveyAddress.wave(owner, wave.surveyId(), wave.id());
    }

    @GetMapping({"/c/{slug}/surveys/{id}", "/admin/surveys/{id}"})
    String survey(
            @Permitted(Action.VIEW_COMMUNITY_INSIDE) SurveyOwner owner,
            @PathVariable long id,
            @ModelAttribute("settings") SurveyChange settings,
            @RequestParam(defaultValue = "") String person,
            Actor actor,
            Model model) {
        Survey survey = checker.require(actor, owner, id);
        model.addAttribute("survey", survey);
        model.addAttribute(
                "waves",
                waves.of(id).stream()
                        .map(w -> {
                            SurveyInvitations.Counts counts = invitations.count(w.id());
                            return new WaveLine(w, counts.invited(), counts.answered());
                        })
                        .toList());
        model.addAttribute("owners", people(owners.of(id)));
        model.addAttribute("analysts", people(analysts.of(id)));
        model.addAttribute("person", person);
        // a platform-wide survey is run by the platform's secretariat: it names no owner or analyst
        model.addAttribute(
                "candidates",
                owner.platformWide()
                        ? List.of()
                        : picker.suggestions(owner.communityId(), MemberPicker.Among.MEMBERS, null, person));
        model.addAttribute("modes", RespondentMode.values());
        model.addAttribute(
                "settings",
                settings.title().isEmpty() && settings.smallCellThreshold().isEmpty()
                        ? new SurveyChange(
                                survey.title(), survey.description(), Integer.toString(survey.smallCellThreshold()))
                        : settings);
        return "surveys/survey";
    }

    @PostMapping({"/c/{slug}/surveys/{id}", "/admin/surveys/{id}"})
    @ShowFormOnError("survey")
    String edit(
            @Permitted(Action.VIEW_COMMUNITY_INSIDE) SurveyOwner owner,
            @PathVariable long id,
            @ModelAttribute("settings") SurveyChange settings,
            Actor actor,
            RedirectAttributes redirect) {
        editSurvey.edit(actor, owner, id, settings);
        redirect.addFlashAttribute("notice", Text.of("surveys.notice.saved"));
        return "redirect:" + SurveyAddress.of(owner, id);
    }

    /** Names another owner or an analyst of the survey ({@code part} OWNER or ANALYST). */
    @PostMapping("/c/{slug}/surveys/{id}/people")
    @ShowFormOnError("survey")
    String addPerson(
            @Permitted(Action.VIEW_COMMUNITY_INSIDE) SurveyOwner owner,
            @PathVariable long id,
            @RequestParam(required = false) Long accountId,
            @RequestParam(defaultValue = "") String person,
            @RequestParam(defaultValue = "") String part,
            Actor actor,
            RedirectAttributes redirect) {
        // the form types a name, read back among the members once the actor is known to run the survey
        checker.require(actor, owner, id);
        long chosen = accountId != null
                ? accountId
                : picker.pick(owner.communityId(), MemberPicker.Among.MEMBERS, "person", person, true);
        choosePeople.add(actor, owner, id, chosen, part);
        redirect.addFlashAttribute("notice", Text.of("surveys.notice.person-added"));
        return "redirect:" + SurveyAddress.of(owner, id);
    }

    @PostMapping("/c/{slug}/surveys/{id}/people/{accountId}/remove")
    @ShowFormOnError("survey")
    String removePerson(
            @Permitted(Action.VIEW_COMMUNITY_INSIDE) SurveyOwner owner,
            @PathVariable long id,
            @PathVariable long accountId,
            @RequestParam(defaultValue = "") String part,
            Actor actor,
            RedirectAttributes redirect) {
        choosePeople.remove(actor, owner, id, accountId, part);
        redirect.addFlashAttribute("notice", Text.of("surveys.notice.person-removed"));
        return "redirect:" + SurveyAddress.of(owner, id);
    }

    private List<Account> people(List<Long> ids) {
        return accounts.byIds(ids).stream()
                .filter(Account::active)
                .sorted(java.util.Comparator.comparing(Account::displayName))
                .toList();
    }

    @PostMapping({"/c/{slug}/surveys/{id}/mode", "/admin/surveys/{id}/mode"})
    @ShowFormOnError("survey")
    String mode(
            @Permitted(Action.VIEW_COMMUNITY_INSIDE) SurveyOwner owner,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String mode,
            Actor actor,
            RedirectAttributes redirect) {
        RespondentMode now = setMode.set(actor, owner, id, mode);
        redirect.addFlashAttribute("notice", Text.of("surveys.notice.mode", Text.of("surveys.mode." + now)));
        return "redirect:" + SurveyAddress.of(owner, id);
    }

    @PostMapping({"/c/{slug}/surveys/{id}/waves", "/admin/surveys/{id}/waves"})
    @ShowFormOnError("survey")
    String nextWave(
            @Permitted(Action.VIEW_COMMUNITY_INSIDE) SurveyOwner owner,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String label,
            Actor actor,
            RedirectAttributes redirect) {
        Wave wave = startNextWave.start(actor, owner, id, label);
        redirect.addFlashAttribute("notice", Text.of("surveys.notice.wave-started", wave.label()));
        return "redirect:" + SurveyAddress.wave(owner, id, wave.id());
    }

    private boolean analyses(Actor actor, Survey survey) {
        return actor.signedIn() && analysts.analyses(survey.id(), actor.accountId());
    }
}
