package org.statcommons.data;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Text;

/**
 * The public catalogue {@code /data}: the released datasets of every community, with a text search and facets (theme,
 * SDG goal, publisher, country, licence, update frequency, checklist score), paged. Each facet value is a plain link
 * that adds or removes it, so the page works without JavaScript.
 */
@Controller
class CatalogueController {

    static final List<String> FACETS =
            List.of("theme", "sdg", "publisher", "country", "licence", "frequency", "score", "origin");

    /** How many values of one facet the page lists: the most frequent ones. */
    static final int SHOWN_VALUES = 12;

    /** A facet's value as the page lists it: its link adds it to the query, or removes it when chosen. */
    record FacetLink(String value, long count, String href, boolean chosen) {}

    private final CatalogueReader catalogue;
    private final Clock clock;

    CatalogueController(CatalogueReader catalogue, Clock clock) {
        this.catalogue = catalogue;
        this.clock = clock;
    }

    @GetMapping("/data")
    String catalogue(@RequestParam Map<String, String> params, Model model) {
        CatalogueQuery query = query(params);
        CataloguePage page = catalogue.read(query, clock.instant());
        Map<String, String> chosen = chosen(params);
        Map<String, List<FacetLink>> facets = new LinkedHashMap<>();
        for (String facet : FACETS) {
            List<FacetLink> links = new ArrayList<>();
            for (CataloguePage.FacetValue v : page.facet(facet)) {
                if (links.size() == SHOWN_VALUES) {
                    break;
                }
                boolean isChosen = v.value().equals(chosen.get(facet));
                Map<String, String> next = new LinkedHashMap<>(chosen);
                if (isChosen) {
                    next.remove(facet);
                } else {
                    next.put(facet, v.value());
                }
                links.add(new FacetLink(v.value(), v.count(), href(next, 1), isChosen));
            }
            facets.put(facet, links);
        }
        long pages = Math.max(1, (page.total() + CatalogueQuery.PAGE_SIZE - 1) / CatalogueQuery.PAGE_SIZE);
        model.addAttribute("page", page);
        model.addAttribute("query", query);
        model.addAttribute("facets", facets);
        model.addAttribute("filtered", !chosen.isEmpty());
        model.addAttribute("previous", query.page() > 1 ? href(chosen, query.page() - 1) : null);
        model.addAttribute(
                "next",
                query.page() < Math.min(pages, CatalogueQuery.MAX_PAGE) ? href(chosen, query.page() + 1) : null);
        return "data/catalogue";
    }

    static CatalogueQuery query(Map<String, String> params) {
        String text = params.get("q");
        if (text != null && text.strip().length() > CatalogueQuery.TEXT_MAX) {
            throw new InvalidInputException("q", Text.of("data.input.search-too-long", CatalogueQuery.TEXT_MAX));
        }
        return new CatalogueQuery(
                text,
                params.get("theme"),
                number(params, "sdg", 1, 17),
                params.get("publisher"),
                params.get("country"),
                params.get("licence"),
                params.get("frequency"),
                number(params, "score", 0, OpenDataChecklist.ITEMS),
                params.get("origin"),
                page(params));
    }

    private static Map<String, String> chosen(Map<String, String> params) {
        Map<String, String> chosen = new LinkedHashMap<>();
        for (String name : FACETS) {
            String value = params.get(name);
            if (value != null && !value.isBlank()) {
                chosen.put(name, value.strip());
            }
        }
        String text = params.get("q");
        if (text != null && !text.isBlank()) {
            chosen.put("q", text.strip());
        }
        return chosen;
    }

    private static String href(Map<String, String> params, int page) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/data");
        params.forEach(uri::queryParam);
        if (page > 1) {
            uri.queryParam("page", page);
        }
        return uri.encode().build().toUriString();
    }

    private static int page(Map<String, String> params) {
        Integer page = number(params, "page", 1, CatalogueQuery.MAX_PAGE);
        return page == null ? 1 : page;
    }

    private static Integer number(Map<String, String> params, String name, int min, int max) {
        String typed = params.get(name);
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            int value = Integer.parseInt(typed.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new InvalidInputException(
                name,
                Text.of("data.input.number", typed.length() > 20 ? typed.substring(0, 20) + "…" : typed, min, max));
    }
}
