package org.statcommons.identity;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
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

/** The signed-in person's own account and personal access tokens, as JSON. */
@RestController
@RequestMapping(path = "/api/v1/me", produces = MediaType.APPLICATION_JSON_VALUE)
class MeApi {

    private final Accounts accounts;
    private final AccountSettings settings;
    private final AccessTokens tokens;

    MeApi(Accounts accounts, AccountSettings settings, AccessTokens tokens) {
        this.accounts = accounts;
        this.settings = settings;
        this.tokens = tokens;
    }

    /** The account as its owner sees it. */
    record Me(long id, String email, boolean emailVerified, String displayName, String organisation,
              String organisationKind, String country, String timeZone, List<String> languages, String bio,
              String platformRole, Instant createdAt) {

        static Me of(Account a) {
            return new Me(a.id(), a.email(), a.emailVerified(), a.displayName(), a.organisation(), a.organisationKind().name(),
                    a.country(), a.timeZone(), a.languages(), a.bio(), a.platformRole().name(), a.createdAt());
        }
    }

    /** Profile fields to change; absent (null) fields stay as they are, "" clears an optional one. */
    record ProfilePatch(String displayName, String organisation, String organisationKind, String country,
                        String timeZone, List<String> languages, String bio) {
    }

    record Token(long id, String name, List<String> scopes, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
                 Instant revokedAt) {

        static Token of(AccessToken t) {
            return new Token(t.id(), t.name(), t.scopes().stream().map(s -> s.name().toLowerCase(java.util.Locale.ROOT)).toList(),
                    t.createdAt(), t.expiresAt(), t.lastUsedAt(), t.revokedAt());
        }
    }

    /** @param expiresAt an instant (2027-01-31T00:00:00Z) or a day (2027-01-31, until its end, UTC); null for none */
    record NewToken(String name, List<String> scopes, String expiresAt) {
    }

    record CreatedToken(Token token, String secret) {
    }

    @GetMapping
    Me me(Actor actor) {
        return Me.of(account(actor));
    }

    @PatchMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    Me update(Actor actor, @RequestBody ProfilePatch patch) {
        Account a = account(actor);
        return Me.of(settings.updateProfile(a.id(), new AccountSettings.ProfileChange(
                or(patch.displayName(), a.displayName()), or(patch.organisation(), a.organisation()),
                or(patch.organisationKind(), a.organisationKind().name()), or(patch.country(), a.country()),
                or(patch.timeZone(), a.timeZone()), patch.languages() == null ? a.languages() : patch.languages(),
                or(patch.bio(), a.bio()))));
    }

    @GetMapping("/tokens")
    List<Token> tokens(Actor actor) {
        return tokens.of(account(actor).id()).stream().map(Token::of).toList();
    }

    @PostMapping(path = "/tokens", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CreatedToken> create(Actor actor, @RequestBody NewToken request) {
        Account a = account(actor);
        Set<TokenScope> scopes = AccessTokenController.scopes(request.scopes());
        // a token may make tokens, but none stronger than itself
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof TokenBearer bearer
                && !bearer.scopes().containsAll(scopes)) {
            throw new InvalidInputException("scopes", "A token can only create tokens with scopes it has itself.");
        }
        AccessTokens.Created created = tokens.create(a.id(), request.name(), scopes, expiry(request.expiresAt()));
        return ResponseEntity.status(HttpStatus.CREATED).body(new CreatedToken(Token.of(created.token()), created.secret()));
    }

    @DeleteMapping("/tokens/{id}")
    ResponseEntity<Void> revoke(Actor actor, @PathVariable long id) {
        Account a = account(actor);
        if (tokens.byId(a.id(), id).isEmpty()) {
            throw new NotFoundException("You have no token with this id.");
        }
        tokens.revoke(a.id(), id);
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The request body is not the JSON this operation expects.");
        problem.setTitle("Invalid input");
        problem.setProperty("errors", List.of(Map.of("field", "", "message", "The request body is not valid JSON of the expected shape.")));
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static Instant expiry(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(typed.strip());
        } catch (DateTimeParseException e) {
            return AccessTokenController.endOfDay(typed);
        }
    }

    private static String or(String value, String current) {
        return value == null ? current : value;
    }

    private Account account(Actor actor) {
        // the security configuration lets only signed-in requests reach here
        return accounts.byId(actor.accountId()).orElseThrow();
    }
}
