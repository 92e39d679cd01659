package org.statcommons.data.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Actor;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;

/**
 * The publisher says what each column is (or accepts the guess); every staged row is then validated against it (in
 * one pass, {@link UploadValidator}), and the problems found replace the earlier ones. Returns how many problems there are.
 */
@Service
public class ConfirmStructure {

    private final DatasetReleases releases;
    private final Uploads uploads;
    private final UploadValidator validator;

    ConfirmStructure(DatasetReleases releases, Uploads uploads, UploadValidator validator) {
        this.releases = releases;
        this.uploads = uploads;
        this.validator = validator;
    }

    /** One column as the publisher says it, by the header's name. */
    public record ColumnChange(String name, Role role, CodeList codeList, String unit) {

        /**
         * A column's role or code list as typed, sent or chosen (spaces and case aside); null, with {@code refusal}
         * added to the errors under {@code field}, when it names none.
         */
        static <E extends Enum<E>> E choice(
                Class<E> type,
                String typed,
                String field,
                Text refusal,
                List<InvalidInputException.FieldMessage> errors) {
            try {
                return Enum.valueOf(type, String.valueOf(typed).strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new InvalidInputException.FieldMessage(field, refusal));
                return null;
            }
        }
    }

    @Transactional
    public long confirm(Actor actor, long datasetId, long uploadId, List<ColumnChange> changes) {
        releases.draftToFill(datasetId, actor);
        Upload upload = uploads.ofDataset(datasetId, uploadId)
                .orElseThrow(() -> new NotFoundException(Text.of("data-ingest.upload.none")));
        if (upload.state() == Upload.State.STORED) {
            throw new ConflictException(Text.of("data-ingest.upload.stored"));
        }
        List<Column> current = uploads.structure(uploadId);
        List<Column> structure = new ArrayList<>(current);
        List<InvalidInputException.FieldMessage> errors = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            ColumnChange change = changes.get(i);
            Column column = current.stream()
                    .filter(c -> c.name().equals(change.name()))
                    .findFirst()
                    .orElse(null);
            if (column == null || change.role() == null) {
                errors.add(new InvalidInputException.FieldMessage(
                        "columns[" + i + "]",
                        Text.of("data-ingest.structure.unknown-column", String.valueOf(change.name()))));
                continue;
            }
            structure.set(
                    column.position(),
                    new Column(column.position(), column.name(), change.role(), change.codeList(), change.unit()));
        }
        if (Records.recordLevel(structure)) {
            recordLevel(structure, changes, errors);
        }
        if (structure.stream().filter(c -> c.role() == Role.TIME).count() > 1) {
            errors.add(new InvalidInputException.FieldMessage("columns", Text.of("data-ingest.structure.one-time")));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        uploads.saveStructure(uploadId, structure);
        uploads.state(uploadId, Upload.State.CONFIRMED);
        return validator.validate(uploadId, upload.rows(), structure);
    }

    /**
     * Record-level data (a column is a variable) has no dimension, time or attribute: a guessed one the publisher did
     * not name becomes a variable; one named so, or a contribution's column, is refused by name.
     */
    private static void recordLevel(
            List<Column> structure, List<ColumnChange> changes, List<InvalidInputException.FieldMessage> errors) {
        for (int i = 0; i < structure.size(); i++) {
            Column column = structure.get(i);
            boolean named = changes.stream().anyMatch(c -> column.name().equals(c.name()));
            switch (column.role()) {
                case DIMENSION, TIME, ATTRIBUTE -> {
                    if (named) {
                        errors.add(new InvalidInputException.FieldMessage(
                                "columns", Text.of("data-ingest.structure.record-level", column.name())));
                    } else {
                        structure.set(
                                i, new Column(column.position(), column.name(), Role.VARIABLE, CodeList.FREE, ""));
                    }
                }
                case CONTRIBUTORS, LARGEST ->
                    errors.add(new InvalidInputException.FieldMessage(
                            "columns", Text.of("data-ingest.structure.record-level", column.name())));
                default -> {}
            }
        }
    }
}
