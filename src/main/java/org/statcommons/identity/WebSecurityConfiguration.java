package org.statcommons.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.statcommons.platform.web.ProblemJsonWriter;

/**
 * Sessions, CSRF on every form, security headers, a strict content-security policy (no inline script),
 * password sign-in, sign-in with an organisation's OpenID Connect provider ({@link SignInProviders}) and personal
 * access tokens. Which person may do what is not decided here but by
 * {@link org.statcommons.access.Permissions}; this only says which addresses need someone signed in.
 */
@Configuration(proxyBeanMethods = false)
class WebSecurityConfiguration implements WebMvcConfigurer {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    private static final RequestMatcher BEARER = request -> {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
    };

    private static final RequestMatcher API = request -> request.getRequestURI().startsWith("/api/");

    /**
     * RFC 8058 one-click unsubscribe: a mail client POSTs to the link in a notification e-mail with no session
     * and no CSRF token; the signed token in the address is the proof (notifications.UnsubscribeController).
     */
    private static final RequestMatcher ONE_CLICK_UNSUBSCRIBE = request ->
            "POST".equals(request.getMethod()) && request.getRequestURI().matches("/unsubscribe/[A-Za-z0-9_-]{1,100}");

    /** The same for the link in every newsletter (newsletters.SubscriptionController). */
    private static final RequestMatcher NEWSLETTER_ONE_CLICK_UNSUBSCRIBE = request -> "POST".equals(request.getMethod())
            && request.getRequestURI().matches("/newsletters/unsubscribe/[A-Za-z0-9_-]{1,100}");

    /**
     * Answering a survey by link through the API (surveys.AnsweringApi): the secret in the address is the only
     * credential and no cookie is read, so there is nothing for a forged cross-site request to ride on.
     */
    private static final RequestMatcher SURVEY_LINK_ANSWERS = request -> !"GET".equals(request.getMethod())
            && request.getRequestURI()
                    .matches(
                            "/api/v1/(survey-links/[A-Za-z0-9_-]{1,100}(/.*)?|survey-public/[A-Za-z0-9_-]{1,100}/responses)");

    @Bean
    SecurityFilterChain web(
            HttpSecurity http,
            Accounts accounts,
            AccessTokenAuthenticator tokens,
            ProblemJsonWriter problems,
            PasswordAuthenticator passwordAuthenticator,
            DeviceCookieIssuer devices,
            SignInProviders providers,
            SignInWithOrganisation signInWithOrganisation,
            SessionStarter sessions)
            throws Exception {
        SignInResponder outcomes = new SignInResponder(devices);
        List<AuthenticationProvider> authenticators = new ArrayList<>(List.of(passwordAuthenticator));
        if (providers.any()) {
            // the code exchanged for tokens, the ID token checked against the provider's keys, then its user info
            authenticators.add(new OidcAuthorizationCodeAuthenticationProvider(
                    new RestClientAuthorizationCodeTokenResponseClient(), new OidcUserService()));
            OrganisationSignInResponder organisationOutcomes =
                    new OrganisationSignInResponder(signInWithOrganisation, sessions);
            http.oauth2Login(oidc -> oidc.loginPage("/sign-in")
                    .clientRegistrationRepository(providers)
                    .authorizedClientRepository(new UnkeptAuthorizedClients())
                    .successHandler(organisationOutcomes)
                    .failureHandler(organisationOutcomes));
        }
        http.authenticationManager(new ProviderManager(authenticators))
                .authorizeHttpRequests(authorize -> authorize
                        .requestMatchers(
                                "/account/**",
                                "/admin/**",
                                "/communities/new",
                                "/api/v1/me",
                                "/api/v1/me/**",
                                "/notifications",
                                "/notifications/**",
                                "/api/v1/notifications",
                                "/api/v1/notifications/**")
                        .authenticated()
                        .anyRequest()
                        .permitAll())
                // a token carries no cookie, so it needs no CSRF token: but only where a token is accepted at all
                .csrf(csrf -> csrf.ignoringRequestMatchers(
                        new AndRequestMatcher(BEARER, API),
                        ONE_CLICK_UNSUBSCRIBE,
                        NEWSLETTER_ONE_CLICK_UNSUBSCRIBE,
                        SURVEY_LINK_ANSWERS))
                .formLogin(form -> form.loginPage("/sign-in")
                        .usernameParameter("email")
                        .passwordParameter("password")
                        .authenticationDetailsSource(SignInRequest::of)
                        .successHandler(outcomes)
                        .failureHandler(outcomes)
                        .permitAll())
                // the sign-in form carries where to continue instead (see SignInResponder)
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/?signed-out"))
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                                (request, response, e) -> problems.write(
                                        response,
                                        401,
                                        "Not signed in",
                                        "Sign in, or send a personal access token as 'Authorization: Bearer <token>'."),
                                API)
                        .defaultAuthenticationEntryPointFor(
                                (request, response, e) ->
                                        response.sendRedirect(SignInResponder.signInPage(request.getRequestURI()
                                                + (request.getQueryString() == null
                                                        ? ""
                                                        : "?" + request.getQueryString()))),
                                request -> true))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(
                                referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frame -> frame.deny())
                        .permissionsPolicyHeader(
                                permissions -> permissions.policy("camera=(), microphone=(), geolocation=()")))
                // before the CSRF check, so that a token sent to a page is refused as a token (401), not as a form
                .addFilterBefore(new AccessTokenFilter(tokens, problems), CsrfFilter.class)
                .addFilterAfter(new AccountCheckFilter(accounts), AccessTokenFilter.class);
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new ActorArgumentResolver());
    }

    static boolean isApi(HttpServletRequest request) {
        return API.matches(request);
    }
}
