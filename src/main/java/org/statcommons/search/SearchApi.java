package org.statcommons.search;

import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;

/** Search over JSON, for anyone (results depend on who asks); rebuilding the index, for administrators. */
@RestController
class SearchApi {

    private final Search search;
    private final SearchRebuilds rebuilds;
    private final Permissions permissions;

    SearchApi(Search search, SearchRebuilds rebuilds, Permissions permissions) {
        this.search = search;
        this.rebuilds = rebuilds;
        this.permissions = permissions;
    }

    @GetMapping("/api/v1/search")
    Search.Results search(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Actor actor) {
        return search.search(actor, q, page);
    }

    @PostMapping("/api/v1/search/rebuild")
    Map<String, Long> rebuild(Actor actor) {
        permissions.require(actor, Action.MANAGE_PLATFORM);
        return Map.of("documents", rebuilds.rebuildAll());
    }
}
