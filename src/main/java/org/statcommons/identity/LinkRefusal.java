package org.statcommons.identity;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;

/** The page shown for a used, expired or mistyped e-mailed link: 410 Gone with the reason. */
final class LinkRefusal {

    private LinkRefusal() {
    }

    static String page(Model model, HttpServletResponse response, String title, String reason) {
        response.setStatus(HttpServletResponse.SC_GONE);
        model.addAttribute("title", title);
        model.addAttribute("message", reason);
        return "error";
    }
}
