package org.statcommons.data;

import java.util.List;

/**
 * A dataset's description as typed in the form or sent to the API: every field as text (lists as several values or as
 * one text separated by commas or lines), so that a refused form comes back as it was. {@link MetadataChecker} reads it
 * into {@link DatasetMetadata}, naming every bad field.
 *
 * @param organisation the id of the member organisation that publishes it, empty for the community itself
 * @param quality      the six scores (1 to 5, or empty), in the order of {@link QualityAssessment#DIMENSIONS}
 */
public record DatasetForm(
        String title,
        String description,
        List<String> keywords,
        List<String> themes,
        List<String> sdgCodes,
        String contactName,
        String contactEmail,
        String temporalStart,
        String temporalEnd,
        List<String> countries,
        String frequency,
        String licence,
        String accessRights,
        List<String> conformsTo,
        String provenance,
        String methodologyPage,
        String qualityStatement,
        String producerType,
        String collectionMethod,
        String relevance,
        String accuracy,
        String timeliness,
        String coherence,
        String accessibility,
        String interpretability,
        String organisation) {

    public DatasetForm {
        keywords = keywords == null ? List.of() : keywords;
        themes = themes == null ? List.of() : themes;
        sdgCodes = sdgCodes == null ? List.of() : sdgCodes;
        countries = countries == null ? List.of() : countries;
        conformsTo = conformsTo == null ? List.of() : conformsTo;
    }

    static DatasetForm empty() {
        return new DatasetForm(
                "",
                "",
                List.of(),
                List.of(),
                List.of(),
                "",
                "",
                "",
                "",
                List.of(),
                "",
                Licence.DEFAULT.spdx(),
                AccessRights.PUBLIC.name(),
                List.of(),
                "",
                "",
                "",
                ProducerType.STATISTICAL_OFFICE.name(),
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "");
    }

    /** The form filled with a dataset's description, for editing it. */
    static DatasetForm of(Dataset dataset) {
        DatasetMetadata m = dataset.metadata();
        QualityAssessment q = m.quality();
        return new DatasetForm(
                m.title(),
                m.description(),
                List.of(String.join(", ", m.keywords())),
                m.themes().stream().map(Enum::name).toList(),
                List.of(String.join(", ", m.sdgCodes())),
                m.contactName(),
                m.contactEmail(),
                m.temporalStart() == null ? "" : m.temporalStart().toString(),
                m.temporalEnd() == null ? "" : m.temporalEnd().toString(),
                List.of(String.join(", ", m.countries())),
                m.frequency() == null ? "" : m.frequency().name(),
                m.licence().spdx(),
                m.accessRights().name(),
                List.of(String.join("\n", m.conformsTo())),
                m.provenance(),
                m.methodologyPage() == null ? "" : m.methodologyPage(),
                m.qualityStatement(),
                m.producerType().name(),
                m.collectionMethod(),
                text(q.relevance()),
                text(q.accuracy()),
                text(q.timeliness()),
                text(q.coherence()),
                text(q.accessibility()),
                text(q.interpretability()),
                dataset.organisationId() == null ? "" : dataset.organisationId().toString());
    }

    /** A list field as one text, for the form's single input. */
    public static String joined(List<String> values, String separator) {
        return String.join(separator, values);
    }

    String[] scores() {
        return new String[] {relevance, accuracy, timeliness, coherence, accessibility, interpretability};
    }

    private static String text(Integer score) {
        return score == null ? "" : score.toString();
    }
}
