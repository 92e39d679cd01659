package org.statcommons.mail;

import java.util.Properties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.util.StringUtils;

/**
 * The mail sender, made from {@code spring.mail.*} as Spring Boot's own would be, but always: Boot makes one only
 * when {@code spring.mail.host} is set, a condition that the start script's ahead-of-time context (Spring AOT) would
 * fix when the jar is built, without a relay. Without a host, {@link SmtpRelay} counts it as no relay.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailProperties.class)
class SmtpRelayConfiguration {

    @Bean
    JavaMailSenderImpl mailSender(MailProperties mail, ObjectProvider<SslBundles> bundles) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(mail.getHost());
        if (mail.getPort() != null) {
            sender.setPort(mail.getPort());
        }
        sender.setUsername(mail.getUsername());
        sender.setPassword(mail.getPassword());
        sender.setProtocol(mail.getProtocol());
        if (mail.getDefaultEncoding() != null) {
            sender.setDefaultEncoding(mail.getDefaultEncoding().name());
        }
        Properties properties = new Properties();
        properties.putAll(mail.getProperties());
        String protocol = StringUtils.hasLength(mail.getProtocol()) ? mail.getProtocol() : "smtp";
        MailProperties.Ssl ssl = mail.getSsl();
        if (ssl.isEnabled()) {
            properties.setProperty("mail." + protocol + ".ssl.enable", "true");
        }
        if (StringUtils.hasLength(ssl.getBundle())) {
            properties.put(
                    "mail." + protocol + ".ssl.socketFactory",
                    bundles.getObject()
                            .getBundle(ssl.getBundle())
                            .createSslContext()
                            .getSocketFactory());
        }
        if ((ssl.isEnabled() || StringUtils.hasLength(ssl.getBundle())) && ssl.isVerifyHostname()) {
            properties.setProperty("mail." + protocol + ".ssl.checkserveridentity", "true");
        }
        sender.setJavaMailProperties(properties);
        return sender;
    }
}
