package org.statcommons.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

class FragmentRendererTests {

    @AfterEach
    void forgetTheRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void theFragmentIsRenderedWithItsVariablesAndThePageKeepsItsOwn() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/c/x/space/page");
        request.setAttribute("links", "the page's own links");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request, new MockHttpServletResponse()));
        StringTemplateResolver resolver = new StringTemplateResolver();
        resolver.setTemplateMode(TemplateMode.HTML);
        SpringTemplateEngine templates = new SpringTemplateEngine();
        templates.setTemplateResolver(resolver);

        String html = FragmentRenderer.render(
                templates,
                "<div><p th:fragment=\"nav\" th:text=\"${links} + ' ' + ${tab}\">x</p></div>",
                "nav",
                Locale.FRENCH,
                Map.of("links", "navigation links", "tab", "space"));

        assertThat(html).contains("navigation links space");
        assertThat(request.getAttribute("links")).isEqualTo("the page's own links");
        assertThat(request.getAttribute("tab")).isNull();
    }
}
