package org.statcommons.surveys;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Text;
import org.statcommons.platform.i18n.Language;
import org.statcommons.platform.web.ShowFormOnError;

/**
 * The respondent's screens, reached by a personal link (from the invitation e-mail) or a public link's resume link,
 * without signing in: the secret in the address is the only credential and answers one wave for one respondent. One
 * section per screen, plain forms that work without JavaScript; each section is saved when the respondent moves on,
 * so they can stop and come back to the same link, which lands on the first section not saved. Refused answers come
 * back on the same screen, as typed, with the message at the question.
 */
@Controller
class AnsweringController {

    /** Sent with every section form: the fields are what was typed, even when every answer was left blank. */
    static final String TYPED = "_typed";

    private final RespondentFinder finder;
    private final AnsweringPresenter presenter;
    private final SaveSection saveSection;
    private final SubmitResponse submitResponse;
    private final StartPublicResponse startPublicResponse;
    private final Answers answers;
    private final Clock clock;

    AnsweringController(
            RespondentFinder finder,
            AnsweringPresenter presenter,
            SaveSection saveSection,
            SubmitResponse submitResponse,
            StartPublicResponse startPublicResponse,
            Answers answers,
            Clock clock) {
        this.finder = finder;
        this.presenter = presenter;
        this.saveSection = saveSection;
        this.submitResponse = submitResponse;
        this.startPublicResponse = startPublicResponse;
        this.answers = answers;
        this.clock = clock;
    }

    @GetMapping("/surveys/answer/{secret}")
    String intro(@PathVariable String secret, Model model) {
        Respondent respondent = finder.find(secret);
        model.addAttribute("intro", presenter.intro(respondent, SurveyLinkAddress.answer(secret), clock.instant()));
        model.addAttribute("publicLink", respondent.publicLink());
        return "surveys/answer-intro";
    }

    @GetMapping("/surveys/answer/{secret}/sections/{number}")
    String section(
            @PathVariable String secret,
            @PathVariable int number,
            @RequestParam MultiValueMap<String, String> fields,
            Model model) {
        Instant now = clock.instant();
        Respondent respondent = finder.mayAnswer(secret, now);
        SaveSection.section(respondent, number);
        if (number > respondent.sectionsSaved() + 1) {
            return "redirect:" + SurveyLinkAddress.section(secret, respondent.resumeAt());
        }
        List<Answer> saved = respondent.response().map(r -> answers.of(r.id())).orElse(List.of());
        Map<String, List<String>> typed = fields.containsKey(TYPED) ? fields : null;
        model.addAttribute(
                "screen",
                presenter.section(
                        respondent, number, saved, typed, SurveyLinkAddress.answer(secret), now, Language.ofRequest()));
        model.addAttribute("publicLink", respondent.publicLink());
        return "surveys/answer-section";
    }

    @PostMapping("/surveys/answer/{secret}/sections/{number}")
    @ShowFormOnError(value = "section", on = InvalidInputException.class)
    String save(
            @PathVariable String secret,
            @PathVariable int number,
            @RequestParam MultiValueMap<String, String> fields,
            RedirectAttributes redirect) {
        int next = saveSection.save(secret, number, fields);
        redirect.addFlashAttribute("notice", Text.of("surveys.answer.notice.saved", number));
        return "redirect:" + (next == 0 ? SurveyLinkAddress.submit(secret) : SurveyLinkAddress.section(secret, next));
    }

    @GetMapping("/surveys/answer/{secret}/submit")
    String review(@PathVariable String secret, Model model) {
        Instant now = clock.instant();
        Respondent respondent = finder.mayAnswer(secret, now);
        model.addAttribute("intro", presenter.intro(respondent, SurveyLinkAddress.answer(secret), now));
        model.addAttribute("publicLink", respondent.publicLink());
        return "surveys/answer-submit";
    }

    @PostMapping("/surveys/answer/{secret}/submit")
    String submit(@PathVariable String secret, RedirectAttributes redirect) {
        Respondent respondent = finder.find(secret);
        submitResponse.submit(secret);
        redirect.addFlashAttribute("notice", Text.of("surveys.answer.notice.submitted"));
        // an anonymous public response cannot be found from its link once submitted: thank the respondent elsewhere
        boolean forgotten = respondent.publicLink() && respondent.survey().mode() == RespondentMode.ANONYMOUS;
        return "redirect:" + (forgotten ? SurveyLinkAddress.ANSWERED : SurveyLinkAddress.answer(secret));
    }

    @GetMapping(SurveyLinkAddress.ANSWERED)
    String answered() {
        return "surveys/answered";
    }

    /** A wave's public link: the survey explained and a button; a GET starts nothing (link scanners open links). */
    @GetMapping("/surveys/public/{secret}")
    String publicIntro(@PathVariable String secret, Model model) {
        Questionnaire questionnaire = finder.publicWave(secret);
        model.addAttribute(
                "intro",
                presenter.intro(
                        questionnaire,
                        AnsweringPresenter.Status.NOT_STARTED,
                        1,
                        0,
                        SurveyLinkAddress.publicLink(secret),
                        clock.instant()));
        model.addAttribute("publicLink", true);
        model.addAttribute("startAction", SurveyLinkAddress.publicLink(secret));
        return "surveys/answer-intro";
    }

    @PostMapping("/surveys/public/{secret}")
    String startPublic(@PathVariable String secret, RedirectAttributes redirect) {
        String own = startPublicResponse.start(secret);
        redirect.addFlashAttribute("notice", Text.of("surveys.answer.notice.own-link"));
        return "redirect:" + SurveyLinkAddress.section(own, 1);
    }
}
