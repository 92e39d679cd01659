package org.statcommons.surveys.results;

import java.util.List;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.community.CommunityTab;
import org.statcommons.community.Permitted;
import org.statcommons.surveys.SurveyOwner;

/**
 * A survey's results screens (docs/evaluation.md#results): a wave's results per question with their charts and
 * tables, filtered by country and kind of organisation; two waves compared; and the exports, streamed as CSV. Members
 * and guests pass the community's door; whether they may read this survey's results is asked next
 * ({@link ReaderChecker}), before the survey is looked up.
 */
@Controller
@CommunityTab("surveys")
class SurveyResultsController {

    private final ReadResults readResults;
    private final CompareWaves compareWaves;
    private final ExportAnswers exportAnswers;
    private final AnswerCsvWriter writer;
    private final ResultsPresenter presenter;
    private final ReaderChecker checker;

    SurveyResultsController(
            ReadResults readResults,
            CompareWaves compareWaves,
            ExportAnswers exportAnswers,
            AnswerCsvWriter writer,
            ResultsPresenter presenter,
            ReaderChecker checker) {
        this.readResults = readResults;
        this.compareWaves = compareWaves;
        this.exportAnswers = exportAnswers;
        this.writer = writer;
        this.presenter = presenter;
        this.checker = checker;
    }

    @GetMapping({"/c/{slug}/surveys/{id}/results", "/admin/surveys/{id}/results"})
    String results(
            @Permitted(Action.VIEW_COMMUNITY_INSIDE) SurveyOwner owner,
            @PathVariable long id,
            @RequestParam(required = false) Long wave,
            @RequestParam(required = false) String country,
            @RequestParam(required = false) String kind,
            @RequestParam(defaultValue = "1") int section,
            @RequestParam(defaultValue = "1") int page,
            Actor actor,
            Locale locale,
            Model model) {
        WaveResults results = readResults.read(actor, owner, id, wave, new Breakdown(country, kind));
        model.addAttribute("results", results);
        int shown = Math.max(1, Math.min(section, Math.max(1, results.sections().size())));
        Long sectionId = results.sections().isEmpty()
                ? null
                : results.sections().get(shown - 1).id();
        model.addAttribute("sections", results.sections());
        model.addAttribute("section", shown);
        List<QuestionResult> inSection = results.questions().stream()
                .filter(q -> sectionId == null || q.question().sectionId() == sectionId)
                .toList();
        List<QuestionPage> pages = QuestionPage.of(inSection.size());
        QuestionPage onPage = pages.get(Math.max(1, Math.min(page, pages.size())) - 1);
        model.addAttribute("pages", pages);
        model.addAttribute("page", onPage.number());
        // only the questions shown are drawn: charts are most of a view's work once the counts are kept
        model.addAttribute(
                "questions", presenter.present(inSection.subList(onPage.first() - 1, onPage.last()), locale));
        model.addAttribute("mayExport", checker.mayReadResponses(actor, owner, results.survey()));
        return "surveys/results";
    }

    @GetMapping({"/c/{slug}/surveys/{id}/results/compare", "/admin/surveys/{id}/results/compare"})
    String compare(
            @Permitted(Action.VIEW_COMMUNITY_INSIDE) SurveyOwner owner,
            @PathVariable long id,
            @RequestParam(required = false) Long from,
            @RequestParam(required = false) Long to,
            @RequestParam(required = false) String country,
            @RequestParam(required = false) String kind,
            @RequestParam(defaultValue = "1") int section,
            Actor actor,
            Locale locale,
            Model model) {
        WaveComparison comparison = compareWaves.compare(actor, owner, id, from, to, new Breakdown(country, kind));
        model.addAttribute("comparison", comparison);
        model.addAttribute("results", comparison.to());
        model.addAttribute("named", new Named(presenter, locale));
        // the earlier wave's sections, one at a time, keep a long survey's screen small
        List<org.statcommons.surveys.Section> sections = comparison.from().sections();
        int shown = Math.max(1, Math.min(section, Math.max(1, sections.size())));
        Long sectionId = sections.isEmpty() ? null : sections.get(shown - 1).id();
        model.addAttribute("sections", sections);
        model.addAttribute("section", shown);
        model.addAttribute(
                "sides",
                comparison.sides().stream()
                        .filter(s -> sectionId == null || s.from().question().sectionId() == sectionId)
                        .toList());
        return "surveys/compare";
    }

    @GetMapping({"/c/{slug}/surveys/{id}/results/codebook.csv", "/admin/surveys/{id}/results/codebook.csv"})
    ResponseEntity<StreamingResponseBody> codebook(
            @Permitted(Action.VIEW_COMMUNITY_INSIDE) SurveyOwner owner,
            @PathVariable long id,
            @RequestParam(required = false) Long wave,
            Actor actor) {
        return csv(exportAnswers.prepare(actor, owner, id, wave, ExportAnswers.Format.CODEBOOK));
    }

    @GetMapping({"/c/{slug}/surveys/{id}/results/answers-long.csv", "/admin/surveys/{id}/results/answers-long.csv"})
    ResponseEntity<StreamingResponseBody> answersLong(
            @Permitted(Action.VIEW_COMMUNITY_INSIDE) SurveyOwner owner,
            @PathVariable long id,
            @RequestParam(required = false) Long wave,
            Actor actor) {
        return csv(exportAnswers.prepare(actor, owner, id, wave, ExportAnswers.Format.LONG));
    }

    @GetMapping({"/c/{slug}/surveys/{id}/results/answers-wide.csv", "/admin/surveys/{id}/results/answers-wide.csv"})
    ResponseEntity<StreamingResponseBody> answersWide(
            @Permitted(Action.VIEW_COMMUNITY_INSIDE) SurveyOwner owner,
            @PathVariable long id,
            @RequestParam(required = false) Long wave,
            Actor actor) {
        return csv(exportAnswers.prepare(actor, owner, id, wave, ExportAnswers.Format.WIDE));
    }

    private ResponseEntity<StreamingResponseBody> csv(ExportAnswers.Export export) {
        StreamingResponseBody body = out -> writer.write(export, out);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(export.fileName())
                                .build()
                                .toString())
                .body(body);
    }

    /**
     * The questions of a section a screen shows at once, numbered from 1 within the section: at most
     * {@value #QUESTIONS} questions, so that a page of charts and tables stays well under the 30 KB page budget
     * whatever the section's length.
     */
    record QuestionPage(int number, int first, int last) {

        static final int QUESTIONS = 8;

        static List<QuestionPage> of(int questions) {
            List<QuestionPage> pages = new java.util.ArrayList<>();
            for (int first = 1; first <= Math.max(1, questions); first += QUESTIONS) {
                pages.add(new QuestionPage(pages.size() + 1, first, Math.min(questions, first + QUESTIONS - 1)));
            }
            return List.copyOf(pages);
        }
    }

    /** Names a part's countries in the reader's language, for the comparison's tables. */
    record Named(ResultsPresenter presenter, Locale locale) {

        public QuestionResult.Part part(QuestionResult.Part part) {
            return presenter.named(part, locale);
        }
    }
}
