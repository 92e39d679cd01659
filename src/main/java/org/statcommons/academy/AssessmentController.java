package org.statcommons.academy;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.NotAllowedException;
import org.statcommons.platform.Text;
import org.statcommons.platform.web.ShowFormOnError;

/**
 * Self-assessment: a person's organisations with their assessments, and the form of one year's assessment against a
 * framework, one row per item grouped by phase, each with its current and target level.
 */
@Controller
class AssessmentController {

    private final AssessCapabilities assess;
    private final AssessmentPresenter presenter;
    private final Frameworks frameworks;
    private final Clock clock;

    AssessmentController(AssessCapabilities assess, AssessmentPresenter presenter, Frameworks frameworks, Clock clock) {
        this.assess = assess;
        this.presenter = presenter;
        this.frameworks = frameworks;
        this.clock = clock;
    }

    @GetMapping("/academy/assessments")
    String yours(Actor actor, Model model) {
        if (!actor.signedIn()) {
            throw new NotAllowedException(Action.ASSESS_CAPABILITIES, false);
        }
        model.addAttribute("yours", presenter.yours(actor));
        model.addAttribute("frameworks", frameworks.all());
        model.addAttribute("year", clock.instant().atZone(ZoneOffset.UTC).getYear());
        return "academy/assessments";
    }

    @GetMapping("/academy/assessments/{organisation}/{framework}/{year}")
    String form(
            Actor actor,
            @PathVariable long organisation,
            @PathVariable String framework,
            @PathVariable int year,
            Model model) {
        model.addAttribute("view", presenter.view(assess.subject(actor, organisation, framework, year)));
        return "academy/assessment";
    }

    /** The form sends {@code current[CODE]} and {@code target[CODE]} for every item (blank: not assessed). */
    @PostMapping("/academy/assessments/{organisation}/{framework}/{year}")
    @ShowFormOnError("form")
    String save(
            Actor actor,
            @PathVariable long organisation,
            @PathVariable String framework,
            @PathVariable int year,
            @RequestParam Map<String, String> fields,
            RedirectAttributes redirect) {
        assess.assess(actor, organisation, framework, year, change(fields));
        redirect.addFlashAttribute("notice", Text.of("academy.assessment.saved", String.valueOf(year)));
        return "redirect:" + CapabilityAddress.assessment(organisation, framework, year);
    }

    /** The typed levels of the form's fields {@code current[CODE]} and {@code target[CODE]}. */
    static AssessmentChange change(Map<String, String> fields) {
        Map<String, String> current = new LinkedHashMap<>();
        Map<String, String> target = new LinkedHashMap<>();
        fields.forEach((name, value) -> {
            if (name.startsWith("current[") && name.endsWith("]")) {
                current.put(name.substring(8, name.length() - 1), value);
            } else if (name.startsWith("target[") && name.endsWith("]")) {
                target.put(name.substring(7, name.length() - 1), value);
            }
        });
        return new AssessmentChange(current, target);
    }
}
