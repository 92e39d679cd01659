package org.statcommons.surveys;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** A wave's questions as a whole: its survey, the wave, its sections in order with their questions in order. */
public record Questionnaire(Survey survey, Wave wave, List<Section> sections) {

    /** Every question in the order respondents meet them, removed ones included. */
    public Stream<Question> questions() {
        return sections.stream().flatMap(s -> s.questions().stream());
    }

    public Optional<Question> question(String code) {
        return questions().filter(q -> q.code().equalsIgnoreCase(code)).findFirst();
    }

    public Optional<Section> section(long id) {
        return sections.stream().filter(s -> s.id() == id).findFirst();
    }
}
