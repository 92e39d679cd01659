package org.statcommons.community;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
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
    record CommunityJson(
            String slug,
            String name,
            String purpose,
            String description,
            String joinPolicy,
            int members,
            int codeOfConductVersion,
            Instant createdAt) {}

    private final Memberships memberships;
    private final Communities communities;
    private final CodesOfConduct conduct;
    private final CreateCommunity createCommunity;
    private final Permissions permissions;

    CommunityApi(
            Memberships memberships,
            Communities communities,
            CodesOfConduct conduct,
            CreateCommunity createCommunity,
            Permissions permissions) {
        this.memberships = memberships;
        this.communities = communities;
        this.conduct = conduct;
        this.createCommunity = createCommunity;
        this.permissions = permissions;
    }

    @GetMapping
    List<CommunityJson> list() {
        return communities.all().stream()
                .map(l -> json(l.community(), l.members()))
                .toList();
    }

    @GetMapping("/{slug}")
    CommunityJson get(@Permitted(Action.VIEW_COMMUNITY_LANDING) Community community) {
        return json(community, memberships.of(community.id()).size());
    }

    /** The fields as the screen's form names them: {@code name}, {@code slug}, {@code purpose}, … */
    @PostMapping
    ResponseEntity<CommunityJson> create(Actor actor, @RequestBody(required = false) CommunityForm body) {
        // asked before the body is checked: someone who may not create is told so, not what is wrong with it
        permissions.require(actor, Action.CREATE_COMMUNITY);
        CommunityForm form = body == null ? new CommunityForm(null, null, null, null, null, null) : body;
        Community community = createCommunity.create(actor, form.newCommunity());
        return ResponseEntity.created(URI.create("/api/v1/communities/" + community.slug()))
                .body(json(community, 1));
    }

    private CommunityJson json(Community c, int members) {
        return new CommunityJson(
                c.slug(),
                c.name(),
                c.purpose(),
                c.description(),
                c.joinPolicy().name(),
                members,
                conduct.current(c.id()).version(),
                c.createdAt());
    }
}
