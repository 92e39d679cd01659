package org.statcommons.support;

import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What a longer language does to the layout (issue 10). {@link #pseudoLocalise} turns the page's English text into
 * a pseudo language, in the browser: every letter accented and every word 40% longer ("Sign in" becomes
 * "[Ŝîĝñ·· îñ·]"), which is about what French, Russian or Spanish add and shows any text that was not
 * translated. {@link #problems} then lists the text that no longer fits: clipped by an element that hides its
 * overflow, or pushing the page wider than the window.
 */
public final class Layout {

    private static final String PSEUDO = """
            const accents = {a:'á',b:'ƀ',c:'ç',d:'ð',e:'é',f:'ƒ',g:'ĝ',h:'ĥ',i:'î',j:'ĵ',k:'ķ',l:'ļ',m:'ɱ',n:'ñ',o:'ö',
              p:'þ',r:'ŕ',s:'š',t:'ţ',u:'û',w:'ŵ',y:'ý',z:'ž',A:'Å',B:'Ɓ',C:'Ç',D:'Ð',E:'É',G:'Ĝ',H:'Ĥ',I:'Î',
              L:'Ļ',N:'Ñ',O:'Ö',P:'Þ',R:'Ŕ',S:'Ŝ',T:'Ţ',U:'Û',W:'Ŵ',Y:'Ý',Z:'Ž'};
            const pseudo = text => {
              const core = text.trim();
              if (!/[A-Za-z]/.test(core)) return text;
              // each word 40% longer, so that lines can still break between words as in a real language
              const longer = core.split(/(\s+)/).map(word => /\s/.test(word) || word === '' ? word
                : Array.from(word, ch => accents[ch] || ch).join('') + '·'.repeat(Math.ceil(word.length * 0.4))).join('');
              return text.replace(core, '[' + longer + ']');
            };
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {acceptNode: node =>
              node.parentElement.closest('script, style, textarea, pre, code') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT});
            const texts = [];
            while (walker.nextNode()) texts.push(walker.currentNode);
            texts.forEach(node => node.nodeValue = pseudo(node.nodeValue));
            document.querySelectorAll('input[placeholder]').forEach(i => i.placeholder = pseudo(i.placeholder));
            document.querySelectorAll('input[type=submit], input[type=button]').forEach(i => i.value = pseudo(i.value));
            document.title = pseudo(document.title);
            // the groups of a navigation open, as a person on a phone opens them, so that their lists are measured too
            document.querySelectorAll('details').forEach(d => d.open = true);
            """;

    private static final String PROBLEMS = """
            const problems = [];
            const width = document.documentElement.clientWidth;
            const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined
              ? '.' + String(e.className).trim().split(/\\s+/).join('.') : '') + ' "' + (e.textContent || '').trim().slice(0, 40) + '"';
            if (document.documentElement.scrollWidth > width + 1) {
              let widest = null;
              for (const e of document.body.querySelectorAll('*')) {
                if (!widest || e.getBoundingClientRect().right > widest.getBoundingClientRect().right) widest = e;
              }
              problems.push('the page is ' + document.documentElement.scrollWidth + ' px wide in a ' + width
                + ' px window, reaching farthest: ' + name(widest) + ' (' + Math.round(widest.getBoundingClientRect().right) + ')');
            }
            const outside = new Set();
            const hides = v => v === 'hidden' || v === 'clip';
            const scrolls = e => { for (let p = e.parentElement; p; p = p.parentElement) {
              const s = getComputedStyle(p); if (s.overflowX === 'auto' || s.overflowX === 'scroll') return true; } return false; };
            for (const e of document.body.querySelectorAll('*')) {
              if (e.closest('.visually-hidden, .skip, script, style, option, datalist, template') || e.getClientRects().length === 0) continue;
              const s = getComputedStyle(e);
              if ((hides(s.overflowX) && e.scrollWidth > e.clientWidth + 1) || (hides(s.overflowY) && e.scrollHeight > e.clientHeight + 1)
                  || (s.textOverflow === 'ellipsis' && e.scrollWidth > e.clientWidth + 1)) {
                problems.push('clipped: ' + name(e) + ' (' + e.scrollWidth + 'x' + e.scrollHeight + ' in ' + e.clientWidth + 'x' + e.clientHeight + ')');
              }
              if (!hides(s.overflowX) && !scrolls(e) && e.clientWidth > 0 && e.scrollWidth > e.clientWidth + 1
                  && Array.from(e.childNodes).some(n => n.nodeType === Node.TEXT_NODE && n.nodeValue.trim())) {
                problems.push('text wider than its box: ' + name(e) + ' (' + e.scrollWidth + ' in ' + e.clientWidth + ')');
              }
              const box = e.getBoundingClientRect();
              if ((box.right > width + 1 || box.left < -1) && !scrolls(e) && s.position !== 'fixed') {
                // the outermost element only: what is inside it is outside too
                outside.add(e);
                if (!outside.has(e.parentElement)) {
                  problems.push('outside the window: ' + name(e) + ' (' + Math.round(box.left) + ' to ' + Math.round(box.right) + ' of ' + width + ')');
                }
              }
            }
            return problems;
            """;

    private Layout() {}

    /** Shows the page in the window width given, as a phone (375) or a laptop (1280) would. */
    public static void width(ChromeDriver driver, int width) {
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", width < 600));
    }

    public static void pseudoLocalise(ChromeDriver driver) {
        driver.executeScript(PSEUDO);
    }

    /** Clipped or overflowing elements on the page as it is now, each with where it is and its text. */
    @SuppressWarnings("unchecked")
    public static List<String> problems(ChromeDriver driver) {
        return ((List<Object>) driver.executeScript(PROBLEMS))
                .stream().map(problem -> driver.getCurrentUrl() + " " + problem).toList();
    }
}
