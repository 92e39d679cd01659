package org.statcommons.academy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.statcommons.access.Actor;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Text;

/** An organisation's self-assessments, for its confirmed people and the platform's secretariat. */
@RestController
class AssessmentApi {

    /** One item's levels by name; null or absent: not assessed. */
    record LevelJson(String item, String current, String target) {}

    record AssessmentJson(long organisation, String framework, int year, Integer startedFrom, List<LevelJson> levels) {}

    /** The body of a PUT: the year's levels, whole (items left out are not assessed). */
    record AssessmentBody(List<LevelJson> levels) {}

    private final AssessCapabilities assess;
    private final AssessmentPresenter presenter;

    AssessmentApi(AssessCapabilities assess, AssessmentPresenter presenter) {
        this.assess = assess;
        this.presenter = presenter;
    }

    @GetMapping("/api/v1/organisations/{organisation}/assessments/{framework}/{year}")
    AssessmentJson assessment(
            Actor actor, @PathVariable long organisation, @PathVariable String framework, @PathVariable int year) {
        AssessmentPresenter.AssessmentView view = presenter.view(assess.subject(actor, organisation, framework, year));
        return new AssessmentJson(
                organisation,
                view.framework().code(),
                year,
                view.from(),
                view.groups().stream()
                        .flatMap(g -> g.rows().stream())
                        .filter(r -> !r.current().isEmpty() || !r.target().isEmpty())
                        .map(r -> new LevelJson(
                                r.item().code(),
                                r.current().isEmpty() ? null : r.current(),
                                r.target().isEmpty() ? null : r.target()))
                        .toList());
    }

    @PutMapping("/api/v1/organisations/{organisation}/assessments/{framework}/{year}")
    AssessmentJson save(
            Actor actor,
            @PathVariable long organisation,
            @PathVariable String framework,
            @PathVariable int year,
            @RequestBody(required = false) AssessmentBody body) {
        assess.subject(actor, organisation, framework, year);
        if (body == null || body.levels() == null) {
            throw new InvalidInputException("levels", Text.of("academy.assessment.no-levels"));
        }
        Map<String, String> current = new LinkedHashMap<>();
        Map<String, String> target = new LinkedHashMap<>();
        for (LevelJson level : body.levels()) {
            if (level == null || level.item() == null) {
                throw new InvalidInputException("levels", Text.of("academy.assessment.no-levels"));
            }
            current.put(level.item(), level.current());
            target.put(level.item(), level.target());
        }
        assess.assess(actor, organisation, framework, year, new AssessmentChange(current, target));
        return assessment(actor, organisation, framework, year);
    }
}
