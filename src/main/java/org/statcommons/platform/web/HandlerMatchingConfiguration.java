package org.statcommons.platform.web;

import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Spring MVC finds the handler of a request with {@link HandlerMatcher}. */
@Configuration(proxyBeanMethods = false)
class HandlerMatchingConfiguration implements WebMvcRegistrations {

    @Override
    public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
        return new HandlerMatcher();
    }
}
