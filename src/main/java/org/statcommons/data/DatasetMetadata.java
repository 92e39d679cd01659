package org.statcommons.data;

import java.time.LocalDate;
import java.util.List;

/**
 * A dataset's description, DCAT-AP 3's properties of a {@code dcat:Dataset} and, for citizen-generated data (seed 001),
 * who produced it, how, and an assessment of its quality. Checked ({@link MetadataChecker}) before it is stored.
 *
 * @param themes          EU Data Theme codes
 * @param sdgCodes        SDG goals ("5"), targets ("5.2") or indicators ("5.2.1")
 * @param countries       ISO 3166-1 alpha-2 codes of the spatial coverage
 * @param frequency       null when not stated
 * @param conformsTo      URLs of the standards the data follow
 * @param methodologyPage the path of a page of the community's space, or null
 */
public record DatasetMetadata(
        String title,
        String description,
        List<String> keywords,
        List<DataTheme> themes,
        List<String> sdgCodes,
        String contactName,
        String contactEmail,
        LocalDate temporalStart,
        LocalDate temporalEnd,
        List<String> countries,
        Frequency frequency,
        Licence licence,
        AccessRights accessRights,
        List<String> conformsTo,
        String provenance,
        String methodologyPage,
        String qualityStatement,
        ProducerType producerType,
        String collectionMethod,
        QualityAssessment quality) {

    public DatasetMetadata {
        keywords = List.copyOf(keywords);
        themes = List.copyOf(themes);
        sdgCodes = List.copyOf(sdgCodes);
        countries = List.copyOf(countries);
        conformsTo = List.copyOf(conformsTo);
    }

    /** The goals of the SDG codes, distinct, in order. */
    public List<Integer> sdgGoals() {
        return sdgCodes.stream()
                .map(code -> Integer.parseInt(code.split("\\.", 2)[0]))
                .distinct()
                .sorted()
                .toList();
    }
}
