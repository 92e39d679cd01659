package org.statcommons.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.statcommons.access.Actor;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;

/**
 * The signed-in person's own account and personal access tokens, as JSON. The security configuration lets only
 * signed-in requests (a session, or a token) reach here.
 */
@RestController
@RequestMapping(path = "/api/v1/me", produces = MediaType.APPLICATION_JSON_VALUE)
class MeApi {

    private final Accounts accounts;
    private final EditProfile editProfile;
    private final AccessTokens tokens;
    private final CreateAccessToken createToken;
    private final RevokeAccessToken revokeToken;
    private final Clock clock;

    MeApi(
            Accounts accounts,
            EditProfile editProfile,
            AccessTokens tokens,
            CreateAccessToken createToken,
            RevokeAccessToken revokeToken,
            Clock clock) {
        this.accounts = accounts;
        this.editProfile = editProfile;
        this.tokens = tokens;
        this.createToken = createToken;
        this.revokeToken = revokeToken;
        this.clock = clock;
    }

    /** The account as its owner sees it. */
    record MeJson(
            long id,
            String email,
            boolean emailVerified,
            String displayName,
            String organisation,
            String organisationKind,
            String country,
            String timeZone,
            List<String> languages,
            String bio,
            String platformRole,
            Instant createdAt) {

        static MeJson of(Account a) {
            return new MeJson(
                    a.id(),
                    a.email(),
                    a.emailVerified(),
                    a.displayName(),
                    a.organisation(),
                    a.organisationKind().name(),
                    a.country(),
                    a.timeZone(),
                    a.languages(),
                    a.bio(),
                    a.platformRole().name(),
                    a.createdAt());
        }
    }

    /** Profile fields to change; absent (null) fields stay as they are, "" clears an optional one. */
    record ProfilePatchJson(
            String displayName,
            String organisation,
            String organisationKind,
            String country,
            String timeZone,
            List<String> languages,
            String bio) {

        /** The profile form as if the person had typed the patch over what the profile is now. */
        AccountForm over(Account a) {
            return AccountForm.of(a)
                    .withProfile(
                            or(displayName, a.displayName()),
                            or(organisation, a.organisation()),
                            or(organisationKind, a.organisationKind().name()),
                            or(country, a.country()),
                            or(timeZone, a.timeZone()),
                            languages == null ? a.languages() : languages,
                            or(bio, a.bio()));
        }

        private static String or(String value, String current) {
            return value == null ? current : value;
        }
    }

    record TokenJson(
            long id,
            String name,
            List<String> scopes,
            Instant createdAt,
            Instant expiresAt,
            Instant lastUsedAt,
            Instant revokedAt) {

        static TokenJson of(AccessToken t) {
            return new TokenJson(
                    t.id(),
                    t.name(),
                    t.scopes().stream()
                            .map(s -> s.name().toLowerCase(Locale.ROOT))
                            .toList(),
                    t.createdAt(),
                    t.expiresAt(),
                    t.lastUsedAt(),
                    t.revokedAt());
        }
    }

    /** @param expiresAt an instant (2027-01-31T00:00:00Z) or a day (2027-01-31, until its end, UTC); null for none */
    record NewTokenJson(String name, List<String> scopes, String expiresAt) {

        NewAccessToken command(Instant now) {
            return NewAccessToken.fromJson(name, scopes, expiresAt, now);
        }
    }

    record CreatedTokenJson(TokenJson token, String secret) {}

    @GetMapping
    MeJson me(Actor actor) {
        return MeJson.of(account(actor));
    }

    @PatchMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    MeJson update(Actor actor, @RequestBody ProfilePatchJson patch) {
        Account account = account(actor);
        return MeJson.of(editProfile.edit(account.id(), patch.over(account).profile()));
    }

    @GetMapping("/tokens")
    List<TokenJson> tokens(Actor actor) {
        return tokens.of(actor.accountId()).stream().map(TokenJson::of).toList();
    }

    @PostMapping(path = "/tokens", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CreatedTokenJson> create(Actor actor, @RequestBody NewTokenJson body) {
        NewAccessToken token = body.command(clock.instant());
        // a token may make tokens, but none stronger than itself
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null
                && authentication.getPrincipal() instanceof TokenBearer bearer
                && !bearer.scopes().containsAll(token.scopes())) {
            throw new InvalidInputException("scopes", Text.of("identity.tokens.scopes.beyond-own"));
        }
        CreateAccessToken.Created created = createToken.create(actor.accountId(), token);
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new CreatedTokenJson(TokenJson.of(created.token()), created.secret()));
    }

    @DeleteMapping("/tokens/{id}")
    ResponseEntity<Void> revoke(Actor actor, @PathVariable long id) {
        if (tokens.byId(actor.accountId(), id).isEmpty()) {
            throw new NotFoundException(Text.of("identity.tokens.not-found"));
        }
        revokeToken.revoke(actor.accountId(), id);
        return ResponseEntity.noContent().build();
    }

    private Account account(Actor actor) {
        return accounts.byId(actor.accountId()).orElseThrow();
    }
}
