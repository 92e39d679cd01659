package org.statcommons.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.access.PlatformRole;
import org.statcommons.identity.Account;
import org.statcommons.support.Chromium;
import org.statcommons.support.Fixtures;
import org.statcommons.support.Mailbox;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.TestSmtp;

/**
 * Issue 10, the interface in Arabic, in a real browser. With JavaScript switched off, the language links in the
 * footer turn the sign-in page into Arabic, written right to left; an administrator signs in with the Arabic form
 * and opens sign-up; a newcomer signs up with the Arabic form, confirms the address and finds their profile in
 * Arabic. Screenshots of the sign-in and profile pages are saved under target/screenshots/.
 */
@StatCommonsIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArabicInterfaceBrowserIntegrationTests {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(TestSmtp.SETUP).withPerMethodLifecycle(false);

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient db;

    @LocalServerPort
    int port;

    final Mailbox mailbox = new Mailbox(smtp);
    Chromium browser;

    @BeforeAll
    void startBrowser() {
        browser = Chromium.start();
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) { // null when Chromium is missing and the class was skipped
            browser.close();
        }
        // the server is shared with other tests, which expect sign-up by invitation only
        db.sql("update identity.settings set value = 'invitation' where name = 'sign_up'")
                .update();
    }

    @Test
    void signingUpAndInInArabicRightToLeft() {
        String base = "http://localhost:" + port;
        ChromeDriver driver = (ChromeDriver) browser.driver();
        browser.open(base + "/sign-in");
        assertThat(html(driver).getDomAttribute("dir")).isEqualTo("ltr");

        // the switcher is plain links: it works with scripts switched off
        driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        String before = driver.getCurrentUrl();
        driver.findElement(By.xpath("//footer//a[normalize-space()='العربية']")).click();
        new WebDriverWait(driver, java.time.Duration.ofSeconds(30))
                .until(d -> "ar".equals(html((ChromeDriver) d).getDomAttribute("lang")));
        driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        assertThat(driver.getCurrentUrl()).isEqualTo(before);
        assertThat(html(driver).getDomAttribute("dir")).isEqualTo("rtl");
        assertThat(browser.heading()).isEqualTo("تسجيل الدخول");
        assertThat(driver.manage().getCookieNamed("statcommons-language").getValue())
                .isEqualTo("ar");
        Path signInShot = browser.screenshot("arabic-sign-in");

        // an administrator (whose profile says English: the switcher's choice comes first) opens sign-up
        Account admin = fixtures.account("Admin Arabic", PlatformRole.ADMINISTRATOR);
        browser.fill("عنوان البريد الإلكتروني", admin.email())
                .fill("كلمة المرور", Fixtures.PASSWORD)
                .press("تسجيل الدخول");
        assertThat(html(driver).getDomAttribute("dir")).isEqualTo("rtl");
        browser.follow("الإدارة");
        assertThat(browser.heading()).isEqualTo("الإدارة");
        driver.findElement(By.cssSelector("input[name=policy][value=open]")).click();
        browser.press("حفظ سياسة التسجيل");
        assertThat(browser.mainText()).contains("أصبح بإمكان أي شخص الآن إنشاء حساب");
        browser.press("تسجيل الخروج");

        // a newcomer signs up with the Arabic form; a refusal first, in Arabic, with what was typed kept
        String email = Fixtures.uniqueEmail("arabic-newcomer");
        browser.open(base + "/sign-up");
        browser.fill("عنوان البريد الإلكتروني", email)
                // long enough for the browser's own check, refused by the server's rules
                .fill("كلمة المرور", "my " + email)
                .fill("الاسم", "ليلى Haddad")
                .choose("نوع الجهة", "جهاز إحصائي وطني")
                .press("إنشاء الحساب");
        assertThat(browser.mainText()).contains("يجب ألا تحتوي كلمة المرور على عنوان بريدك الإلكتروني.");
        assertThat(browser.field("الاسم").getDomProperty("value")).isEqualTo("ليلى Haddad");
        browser.fill("كلمة المرور", Fixtures.PASSWORD).press("إنشاء الحساب");
        assertThat(browser.heading()).isEqualTo("تحقّق من بريدك الإلكتروني");

        // the confirmation is written in the language the newcomer signed up in
        Mailbox.Mail confirm = mailbox.await(email, "أكّد عنوان بريدك الإلكتروني");
        assertThat(confirm.language()).isEqualTo("ar");
        assertThat(confirm.body()).startsWith("مرحبًا ليلى Haddad،");
        browser.open(base + confirm.link("/sign-up/verify/"));
        browser.press("تأكيد عنواني");
        browser.open(base + "/account");
        assertThat(html(driver).getDomAttribute("dir")).isEqualTo("rtl");
        assertThat(browser.heading()).isEqualTo("حسابك");
        // the name, in two scripts, is isolated from the page's direction
        assertThat(driver.findElement(By.cssSelector("header.site bdi")).getText())
                .isEqualTo("ليلى Haddad");
        Path profileShot = browser.screenshot("arabic-profile");

        browser.press("تسجيل الخروج");
        browser.open(base + "/sign-in");
        browser.fill("عنوان البريد الإلكتروني", email)
                .fill("كلمة المرور", Fixtures.PASSWORD)
                .press("تسجيل الدخول");
        assertThat(driver.findElement(By.cssSelector("header.site bdi")).getText())
                .isEqualTo("ليلى Haddad");
        assertThat(signInShot).satisfies(shot -> assertThat(Files.size(shot)).isPositive());
        assertThat(profileShot).satisfies(shot -> assertThat(Files.size(shot)).isPositive());
    }

    private static WebElement html(ChromeDriver driver) {
        return driver.findElement(By.tagName("html"));
    }
}
