package org.statcommons.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.web.servlet.config.annotation.EnableWebMvc;

/**
 * The configuration of an MVC slice test: Spring MVC, the one error answer ({@link ErrorResponderSlice}) and a
 * {@code MockMvc} to {@code @Autowired}. The test's nested configuration adds what it puts in the slice:
 * {@code @WebSlice @Import(MeetingController.class) static class Slice {}}, used with
 * {@code @SpringJUnitWebConfig(MeetingControllerTests.Slice.class)}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Configuration(proxyBeanMethods = false)
@EnableWebMvc
@Import(ErrorResponderSlice.class)
public @interface WebSlice {}
