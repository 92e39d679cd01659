package org.statcommons.content.githttp;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.jgit.http.server.GitServlet;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.statcommons.access.Permissions;
import org.statcommons.community.Communities;
import org.statcommons.content.BodySpaces;
import org.statcommons.content.SetUpSpace;
import org.statcommons.content.SpaceCourses;
import org.statcommons.content.proposals.ProposalChecker;
import org.statcommons.content.proposals.RecordProposalPush;
import org.statcommons.content.space.ContentProperties;
import org.statcommons.content.space.SpaceRepositories;
import org.statcommons.identity.AccessTokenAuthenticator;
import org.statcommons.platform.Markdown;
import org.statcommons.platform.StatCommonsProperties;

/**
 * Git over HTTP at {@code /git/{community}.git} (and a body's members-only space at {@code /git/{community}/bodies/{id}.git}): JGit's GitServlet behind its own security chain, HTTP
 * Basic with e-mail and a {@code git} token, no session, no CSRF (Git clients send neither cookies nor
 * forms). A request without valid credentials gets 401 with a Basic challenge, which makes Git ask for them.
 */
@Configuration(proxyBeanMethods = false)
class GitHttpConfiguration {

    static final String REALM = "StatCommons";

    @Bean
    ServletRegistrationBean<GitServlet> gitServlet(
            Communities communities,
            Permissions permissions,
            SpaceRepositories repositories,
            ProposalChecker proposals,
            RecordProposalPush recordPush,
            SpacePushes pushes,
            ContentProperties limits,
            StatCommonsProperties site,
            Markdown markdown,
            BodySpaces bodySpaces,
            SpaceCourses courses,
            SetUpSpace setup,
            MeterRegistry meters) {
        GitServlet servlet = new GitServlet();
        servlet.setRepositoryResolver(
                new SpaceResolver(communities, permissions, repositories, bodySpaces, setup, courses));
        servlet.setUploadPackFactory(new SpaceUploadPacks(Counter.builder("statcommons.git.fetches")
                .description("Clones and fetches served over HTTP (packs sent)")
                .register(meters)));
        StopWhenClientLeaves stop = new StopWhenClientLeaves();
        servlet.addUploadPackFilter(stop);
        servlet.setUploadPackErrorHandler(stop);
        servlet.setReceivePackFactory(new SpaceReceivePacks(
                permissions,
                proposals,
                recordPush,
                pushes,
                limits,
                site,
                markdown,
                bodySpaces,
                courses,
                Counter.builder("statcommons.git.pushes")
                        .description("Pushes received over HTTP and stored")
                        .register(meters)));
        ServletRegistrationBean<GitServlet> registration = new ServletRegistrationBean<>(servlet, "/git/*");
        registration.setName("git");
        registration.setLoadOnStartup(1);
        return registration;
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain git(HttpSecurity http, AccessTokenAuthenticator tokens) throws Exception {
        http.securityMatcher("/git/**")
                .authenticationManager(new ProviderManager(new GitSignIn(tokens)))
                .authorizeHttpRequests(authorize -> authorize.anyRequest().authenticated())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .httpBasic(basic ->
                        basic.realmName(REALM).authenticationEntryPoint((request, response, e) -> challenge(response)))
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint((request, response, e) -> challenge(response)));
        return http.build();
    }

    private static void challenge(HttpServletResponse response) throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter()
                .write("Sign in with your e-mail address and a personal access token with the git scope "
                        + "(create one under Account > Access tokens).\n");
    }
}
