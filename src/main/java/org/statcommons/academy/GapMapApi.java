package org.statcommons.academy;

import java.util.List;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The gap map as JSON ({@code /api/v1/academy/gaps}); its CSV is {@code /academy/gaps.csv}. */
@RestController
class GapMapApi {

    record ColumnJson(String key, String label) {}

    record CellJson(String column, Double meanGap, int organisations, int wantingMore) {}

    record ItemJson(
            String item,
            String name,
            String phase,
            int wantingMore,
            int courses,
            List<String> languages,
            boolean gap,
            boolean languageGap,
            List<CellJson> cells) {}

    record GapsJson(
            String framework,
            String by,
            int organisations,
            List<ColumnJson> columns,
            List<ItemJson> items,
            List<String> gaps,
            List<String> languageGaps,
            String csv) {}

    private final GapMapPresenter presenter;

    GapMapApi(GapMapPresenter presenter) {
        this.presenter = presenter;
    }

    @GetMapping("/api/v1/academy/gaps")
    GapsJson gaps(
            @RequestParam(required = false) String framework,
            @RequestParam(required = false) String by,
            Locale locale) {
        GapMap map = presenter.map(framework, by, locale);
        List<ColumnJson> columns = map.columns().stream()
                .map(c -> new ColumnJson(c.key(), c.label()))
                .toList();
        List<ItemJson> items = map.lines().stream()
                .map(l -> {
                    List<CellJson> cells = new java.util.ArrayList<>();
                    for (int c = 0; c < columns.size(); c++) {
                        GapMap.Cell cell = l.cells().get(c);
                        if (cell.assessed() > 0) {
                            cells.add(new CellJson(columns.get(c).key(), cell.gap(), cell.assessed(), cell.demand()));
                        }
                    }
                    return new ItemJson(
                            l.item().code(),
                            l.item().name(),
                            l.phase().code(),
                            l.demand(),
                            l.courses(),
                            l.languages(),
                            l.gap(),
                            l.languageGap(),
                            cells);
                })
                .toList();
        return new GapsJson(
                map.framework().code(),
                map.by(),
                map.organisations(),
                columns,
                items,
                map.gaps().stream().map(l -> l.item().code()).toList(),
                map.languageGaps().stream().map(l -> l.item().code()).toList(),
                CapabilityAddress.gaps(map.framework().code(), map.by()).replace("/academy/gaps", "/academy/gaps.csv"));
    }
}
