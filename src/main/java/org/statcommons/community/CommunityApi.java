package org.statcommons.community;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;

/** Communities over JSON: list, read, create. Errors are RFC 9457 problems (see platform.web.ErrorResponder). */
@RestController
@RequestMapping("/api/v1/communities")
class CommunityApi {

    /** A community as the API shows it. */
    record CommunityJson(String slug, String name, String purpose, String description, String joinPolicy,
                         int members, int codeOfConductVersion, Instant createdAt) {
    }

    private final Communities communities;
    private final CommunitySettingsService settings;
    private final Permissions permissions;
    private final Memberships memberships;
    private final CodesOfConduct conduct;

    CommunityApi(Communities communities, CommunitySettingsService settings, Permissions permissions,
                 Memberships memberships, CodesOfConduct conduct) {
        this.communities = communities;
        this.settings = settings;
        this.permissions = permissions;
        this.memberships = memberships;
        this.conduct = conduct;
    }

    @GetMapping
    List<CommunityJson> list() {
        return communities.all().stream().map(l -> json(l.community(), l.members())).toList();
    }

    @GetMapping("/{slug}")
    CommunityJson get(@PathVariable String slug, Actor actor) {
        Community community = communities.require(slug);
        permissions.require(actor, Action.VIEW_COMMUNITY_LANDING, community.id());
        return json(community, memberships.of(community.id()).size());
    }

    @PostMapping
    ResponseEntity<CommunityJson> create(@RequestBody CommunityForm form, Actor actor) {
        Community community = settings.create(actor, form);
        return ResponseEntity.created(URI.create("/api/v1/communities/" + community.slug())).body(json(community, 1));
    }

    private CommunityJson json(Community c, int members) {
        return new CommunityJson(c.slug(), c.name(), c.purpose(), c.description(), c.joinPolicy().name(), members,
                conduct.current(c.id()).version(), c.createdAt());
    }
}
