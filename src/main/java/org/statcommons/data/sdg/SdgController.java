package org.statcommons.data.sdg;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.statcommons.data.CataloguePage;
import org.statcommons.data.CatalogueQuery;
import org.statcommons.data.Dataset;
import org.statcommons.data.Datasets;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;

/**
 * The SDG indicator pages: {@code /data/sdg}, the 17 goals with how many released datasets each has, and
 * {@code /data/sdg/{code}}, a goal, target or indicator with its official title, the codes below it and its released
 * datasets (those of the codes below it too). Only released datasets are counted and listed.
 */
@Controller
class SdgController {

    /** The most datasets one code's page lists. */
    static final int LISTED = 100;

    /** A goal as listed: its code and its number of released datasets. */
    record GoalLine(String code, long datasets) {}

    /** A code's page: the code, the codes above it (for the way back), the codes below it, its datasets. */
    record SdgView(SdgCode code, List<SdgCode> above, List<SdgCode> below, List<Dataset> datasets) {}

    private final SdgList list;
    private final Datasets datasets;
    private final Clock clock;

    SdgController(SdgList list, Datasets datasets, Clock clock) {
        this.list = list;
        this.datasets = datasets;
        this.clock = clock;
    }

    @GetMapping("/data/sdg")
    String goals(Model model) {
        // the catalogue's SDG facet counts every released dataset per goal, in its one query
        CataloguePage all = datasets.catalogue(
                new CatalogueQuery(null, null, null, null, null, null, null, null, null, 1), clock.instant());
        Map<String, Long> counts = all.facet("sdg").stream()
                .collect(Collectors.toMap(CataloguePage.FacetValue::value, CataloguePage.FacetValue::count));
        model.addAttribute(
                "goals",
                list.goals().stream()
                        .map(g -> new GoalLine(g.code(), counts.getOrDefault(g.code(), 0L)))
                        .toList());
        return "data/sdg/goals";
    }

    @GetMapping("/data/sdg/{code}")
    String code(@PathVariable String code, Model model) {
        SdgCode found = list.find(code).orElseThrow(() -> new NotFoundException(Text.of("data-sdg.none")));
        List<SdgCode> above = new ArrayList<>();
        for (SdgCode c = found.parent(); c != null; c = c.parent()) {
            above.add(0, c);
        }
        model.addAttribute(
                "view",
                new SdgView(found, above, list.below(found), datasets.aboutSdg(found.code(), clock.instant(), LISTED)));
        return "data/sdg/code";
    }
}
