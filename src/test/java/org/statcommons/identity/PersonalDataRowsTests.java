package org.statcommons.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class PersonalDataRowsTests {

    record Row(long id) {}

    @Test
    void rowsAreReadAPageAtATimeAsTheyAreWritten() {
        List<Long> asked = new ArrayList<>();
        PersonalDataRows<Row> rows = new PersonalDataRows<>(
                after -> {
                    asked.add(after);
                    return LongStream.rangeClosed(after + 1, Math.min(after + PersonalDataRows.PAGE, 1_234))
                            .mapToObj(Row::new)
                            .toList();
                },
                Row::id);
        assertThat(asked).as("nothing read before the rows are written").isEmpty();

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonMapper.builder().build().writeValue(out, Map.of("rows", rows));

        assertThat(asked).containsExactly(0L, 500L, 1_000L);
        assertThat(out.toString())
                .startsWith("{\"rows\":[{\"id\":1},{\"id\":2}")
                .endsWith("{\"id\":1234}]}");
    }

    @Test
    void aFullLastPageAsksOnceMoreAndNoRowsIsAnEmptyList() {
        List<Long> asked = new ArrayList<>();
        PersonalDataRows<Row> full = new PersonalDataRows<>(
                after -> {
                    asked.add(after);
                    return after == 0
                            ? LongStream.rangeClosed(1, PersonalDataRows.PAGE)
                                    .mapToObj(Row::new)
                                    .toList()
                            : List.of();
                },
                Row::id);
        assertThat(full).hasSize(PersonalDataRows.PAGE);
        assertThat(asked).containsExactly(0L, 500L);
        assertThat(new PersonalDataRows<Row>(after -> List.of(), Row::id)).isEmpty();
    }
}
