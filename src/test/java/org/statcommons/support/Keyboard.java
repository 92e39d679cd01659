package org.statcommons.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * A person who uses only the keyboard: Tab, Shift+Tab, Enter, Space and arrows, sent as key presses to whatever
 * has focus. Every time focus moves, it must be visible (a computed outline or box shadow on the focused element),
 * and Tab must not be caught: a target not reached within a page's worth of presses fails.
 */
public final class Keyboard {

    /** More than the focusable elements of any page here: a Tab that does not get somewhere by then is caught. */
    private static final int MOST_PRESSES = 200;

    private final Chromium browser;
    private final ChromeDriver driver;

    public Keyboard(Chromium browser) {
        this.browser = browser;
        this.driver = (ChromeDriver) browser.driver();
    }

    public Keyboard press(CharSequence keys) {
        new Actions(driver).sendKeys(keys).perform();
        return this;
    }

    /** Types text into the focused field, key by key. */
    public Keyboard type(String text) {
        return press(text);
    }

    /** One Tab; the element it lands on must show its focus. */
    public Keyboard tab() {
        press(Keys.TAB);
        assertFocusVisible();
        return this;
    }

    /** One Shift+Tab, back to the element before; it too must show its focus. */
    public Keyboard backTab() {
        new Actions(driver)
                .keyDown(Keys.SHIFT)
                .sendKeys(Keys.TAB)
                .keyUp(Keys.SHIFT)
                .perform();
        assertFocusVisible();
        return this;
    }

    /** Presses Tab until one of the elements the locator finds has focus. */
    public Keyboard tabTo(By target) {
        List<String> passed = new ArrayList<>();
        for (int i = 0; i < MOST_PRESSES; i++) {
            tab();
            WebElement now = focused();
            if (driver.findElements(target).contains(now)) {
                return this;
            }
            passed.add(describe(now));
        }
        throw new AssertionError("Tab did not reach " + target + " on " + driver.getCurrentUrl() + " within "
                + MOST_PRESSES + " presses; it went through " + passed.subList(0, Math.min(passed.size(), 40)));
    }

    /** Presses a key that leads to another page (Enter on a link or in a form) and waits for it. */
    public Keyboard submit(CharSequence key) {
        browser.andWaitForTheNextPage(() -> press(key));
        return this;
    }

    public WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /** Tabs from the top of the page to its end and round to the skip link again: nothing holds focus. */
    public Keyboard throughThePage() {
        WebElement start = driver.findElement(By.cssSelector("a.skip"));
        driver.executeScript("arguments[0].focus()", start);
        int stops = 0;
        WebElement previous = start;
        do {
            press(Keys.TAB);
            WebElement now = focused();
            if (!"body".equals(now.getTagName())) {
                assertFocusVisible();
                assertThat(now).as("Tab stayed on " + describe(now)).isNotEqualTo(previous);
            }
            previous = now;
            stops++;
        } while (!previous.equals(start) && stops < MOST_PRESSES);
        assertThat(previous).as("Tab came back round to the skip link").isEqualTo(start);
        return this;
    }

    private void assertFocusVisible() {
        WebElement now = focused();
        if ("body".equals(now.getTagName())) {
            // past the page's last element focus is in the browser's own controls
            return;
        }
        Object shown = driver.executeScript("var s = getComputedStyle(document.activeElement);"
                + " return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0)"
                + " || (s.boxShadow && s.boxShadow !== 'none');");
        assertThat(shown)
                .as("focus is visible on " + describe(now) + " at " + driver.getCurrentUrl())
                .isEqualTo(true);
    }

    public static String describe(WebElement element) {
        String id = element.getDomAttribute("id");
        String text = element.getText();
        return element.getTagName()
                + (id == null ? "" : "#" + id)
                + (text.isBlank() ? "" : " '" + text.substring(0, Math.min(text.length(), 30)) + "'");
    }
}
