package org.statcommons.search;

import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.statcommons.access.Actor;

/** Search over JSON, for anyone (results depend on who asks); rebuilding the index, for administrators. */
@RestController
class SearchApi {

    private final Search search;
    private final RebuildSearchIndex rebuildSearchIndex;

    SearchApi(Search search, RebuildSearchIndex rebuildSearchIndex) {
        this.search = search;
        this.rebuildSearchIndex = rebuildSearchIndex;
    }

    @GetMapping("/api/v1/search")
    Search.Results search(
            @RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Actor actor) {
        return search.search(actor, q, page);
    }

    @PostMapping("/api/v1/search/rebuild")
    Map<String, Long> rebuild(Actor actor) {
        return Map.of("documents", rebuildSearchIndex.rebuild(actor));
    }
}
