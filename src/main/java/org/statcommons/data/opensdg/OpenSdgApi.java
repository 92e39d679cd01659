package org.statcommons.data.opensdg;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.statcommons.data.ingest.ReleasedData;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;

/**
 * Open SDG's CSV of released data (docs/open-data.md#open-sdg): a dataset's, and an SDG indicator's (every released
 * dataset that names the indicator, in one file). Public: only the latest release out of each dataset is read.
 */
@RestController
@RequestMapping("/api/v1/open-sdg")
class OpenSdgApi {

    /** An SDG indicator as Open SDG names it in a file ({@code 5-2-1}) or as the catalogue does ({@code 5.2.1}). */
    private static final Pattern INDICATOR = Pattern.compile("^(\\d{1,2})[.-]([0-9a-z]{1,2})[.-](\\d{1,2})$");

    private final ReleasedData data;
    private final OpenSdgWriter writer;

    OpenSdgApi(ReleasedData data, OpenSdgWriter writer) {
        this.data = data;
        this.writer = writer;
    }

    @GetMapping("/datasets/{datasetId}.csv")
    void dataset(@PathVariable long datasetId, HttpServletResponse response) throws IOException {
        ReleasedData.Structure structure =
                data.of(datasetId).orElseThrow(() -> new NotFoundException(Text.of("data-opensdg.dataset.none")));
        send(List.of(structure), "dataset-" + datasetId, response);
    }

    @GetMapping("/indicators/{indicator}.csv")
    void indicator(@PathVariable String indicator, HttpServletResponse response) throws IOException {
        var m = INDICATOR.matcher(indicator);
        if (!m.matches()) {
            throw new InvalidInputException(
                    "indicator",
                    Text.of(
                            "data-opensdg.indicator.bad",
                            indicator.length() > 100 ? indicator.substring(0, 100) : indicator));
        }
        String code = m.group(1) + "." + m.group(2) + "." + m.group(3);
        List<ReleasedData.Structure> structures = data.all().stream()
                .filter(s -> s.dataset().metadata().sdgCodes().contains(code))
                .toList();
        if (structures.isEmpty()) {
            throw new NotFoundException(Text.of("data-opensdg.indicator.none", code));
        }
        send(structures, "indicator_" + code.replace('.', '-'), response);
    }

    private void send(List<ReleasedData.Structure> structures, String name, HttpServletResponse response)
            throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + ".csv\"");
        response.setHeader("Cache-Control", "public, max-age=300");
        writer.write(structures, response.getOutputStream());
    }
}
