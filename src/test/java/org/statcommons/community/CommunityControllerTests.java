package org.statcommons.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.AbstractDataSource;
import org.springframework.test.context.junit.jupiter.web.SpringJUnitWebConfig;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.statcommons.access.Actor;
import org.statcommons.access.JoinPolicy;
import org.statcommons.access.Permissions;
import org.statcommons.access.PlatformRole;
import org.statcommons.platform.database.ServerSignals;
import org.statcommons.support.WebSlice;

/**
 * Creating a community, on its screen and in the API, in a Spring MVC slice with the one error answer and the real
 * controllers, use case and policy, but no database: every refusal here is decided before anything is read or
 * written (the slice's database refuses every connection, so a request that reached it would fail).
 */
@SpringJUnitWebConfig(CommunityControllerTests.Slice.class)
class CommunityControllerTests {

    private static final Actor SECRETARIAT = Actor.account(7, PlatformRole.SECRETARIAT);
    private static final Actor PLAIN = Actor.account(8, PlatformRole.NONE);

    /**
     * The real controllers and what they call, with the one error answer, over a database that is not there; the
     * person comes from the test.
     */
    @WebSlice
    @Import({
        CommunityController.class,
        CommunityApi.class,
        CreateCommunity.class,
        Communities.class,
        Memberships.class,
        CodesOfConduct.class,
        AuditEntries.class,
        MembershipFacts.class,
        Permissions.class
    })
    static class Slice implements WebMvcConfigurer {

        /** One server: nothing to tell others. */
        @Bean
        ServerSignals serverSignals() {
            return new ServerSignals(false, null);
        }

        @Bean
        JdbcClient jdbcClient() {
            return JdbcClient.create(new AbstractDataSource() {
                @Override
                public Connection getConnection() throws SQLException {
                    throw new SQLException("This slice has no database.");
                }

                @Override
                public Connection getConnection(String username, String password) throws SQLException {
                    return getConnection();
                }
            });
        }

        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }

        /** In the application the signed-in account comes from identity's filters; here from a request attribute. */
        @Override
        public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
            resolvers.add(new HandlerMethodArgumentResolver() {
                @Override
                public boolean supportsParameter(MethodParameter parameter) {
                    return parameter.getParameterType() == Actor.class;
                }

                @Override
                public Object resolveArgument(
                        MethodParameter parameter,
                        ModelAndViewContainer container,
                        NativeWebRequest request,
                        WebDataBinderFactory binders) {
                    Object actor = request.getAttribute("actor", RequestAttributes.SCOPE_REQUEST);
                    return actor == null ? Actor.anonymous() : actor;
                }
            });
        }
    }

    @Autowired
    MockMvc mvc;

    private static MockHttpServletRequestBuilder as(Actor actor, MockHttpServletRequestBuilder request) {
        return request.requestAttr("actor", actor);
    }

    @Test
    void theFormStartsBlankWithJoiningByRequestChosen() throws Exception {
        mvc.perform(as(SECRETARIAT, get("/communities/new")))
                .andExpect(status().isOk())
                .andExpect(view().name("community/new"))
                .andExpect(model().attribute("form", CommunityForm.blank()))
                .andExpect(model().attribute("policies", JoinPolicy.values()));
    }

    @Test
    void aRefusedFormComesBackWithEverythingTypedAndEveryProblemAtOnce() throws Exception {
        Map<String, String> errors = (Map<String, String>) mvc.perform(as(
                        SECRETARIAT,
                        post("/communities/new")
                                .param("name", "Bad\u0007name")
                                .param("slug", "Data-Integration")
                                .param("purpose", "p".repeat(501))
                                .param("description", "# Kept as typed")
                                .param("joinPolicy", "SOMETIMES")
                                .param("membersEditDirectly", "true")))
                .andExpect(status().isBadRequest())
                .andExpect(view().name("community/new"))
                .andExpect(model().attribute(
                                "form",
                                new CommunityForm(
                                        "Bad\u0007name",
                                        "Data-Integration",
                                        "p".repeat(501),
                                        "# Kept as typed",
                                        "SOMETIMES",
                                        true)))
                .andExpect(model().attribute("policies", JoinPolicy.values()))
                .andReturn()
                .getModelAndView()
                .getModel()
                .get("errors");
        assertThat(errors).containsOnlyKeys("name", "slug", "purpose", "joinPolicy");
        assertThat(errors.get("slug")).isEqualTo("Address must be in lower case, for example 'data-integration'.");
        assertThat(errors.get("name")).isEqualTo("Name contains control characters; please retype it.");
        assertThat(errors.get("purpose")).isEqualTo("Purpose is too long (at most 500 characters).");
        assertThat(errors.get("joinPolicy"))
                .isEqualTo("Choose how people join: open, by request or by invitation only.");
    }

    @Test
    void someoneWhoMayNotCreateIsRefusedBeforeTheFormIsLookedAt() throws Exception {
        mvc.perform(as(PLAIN, post("/communities/new").param("name", "").param("slug", "x")))
                .andExpect(status().isForbidden())
                .andExpect(view().name("error"));
        mvc.perform(post("/communities/new").param("name", "").param("slug", "x"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/sign-in?continue=%2Fcommunities%2Fnew"));
        mvc.perform(as(
                        PLAIN,
                        post("/api/v1/communities")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"slug\":\"x\"}")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void theApiNamesTheSameProblemsInTheSameWords() throws Exception {
        mvc.perform(
                        as(
                                SECRETARIAT,
                                post("/api/v1/communities")
                                        .contentType(MediaType.APPLICATION_JSON)
                                        .content(
                                                "{\"name\":\"\",\"slug\":\"admin\",\"purpose\":\"Purpose\",\"joinPolicy\":\"SOMETIMES\"}")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("slug"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("The address 'admin' is reserved for the site's own pages; please choose another."))
                .andExpect(jsonPath("$.errors[1].field").value("name"))
                .andExpect(jsonPath("$.errors[1].message").value("Name is required."))
                .andExpect(jsonPath("$.errors[2].field").value("joinPolicy"));
        // no body at all: the same messages as an empty form
        mvc.perform(as(SECRETARIAT, post("/api/v1/communities").contentType(MediaType.APPLICATION_JSON)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("Address is required."));
    }
}
