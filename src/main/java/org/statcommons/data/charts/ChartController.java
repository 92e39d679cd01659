package org.statcommons.data.charts;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.statcommons.data.Dataset;
import org.statcommons.data.Datasets;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.StatCommonsProperties;
import org.statcommons.platform.Text;
import org.statcommons.platform.i18n.Language;

/**
 * A released dataset's chart for other sites: the SVG alone ({@code /data/{id}/chart.svg}) and a small page with the
 * chart and its table ({@code /data/{id}/chart}), both with the codes of the dataset page's form in the query. Both
 * may be framed by any site (their own {@code frame-ancestors *}; every other address keeps the strict policy) and
 * carry an ETag of what they answer, so a site that includes them is answered 304 until a new release.
 */
@Controller
class ChartController {

    /** The policy of the embeddable answers: nothing but their own styles and images, framed anywhere. */
    static final String EMBEDDABLE = "default-src 'none'; style-src 'self'; img-src 'self' data:; base-uri 'none'; "
            + "form-action 'none'; frame-ancestors *";

    private static final CacheControl CACHING =
            CacheControl.maxAge(java.time.Duration.ofMinutes(5)).cachePublic();

    private final ChartPresenter presenter;
    private final Datasets datasets;
    private final StatCommonsProperties properties;

    ChartController(ChartPresenter presenter, Datasets datasets, StatCommonsProperties properties) {
        this.presenter = presenter;
        this.datasets = datasets;
        this.properties = properties;
    }

    @GetMapping("/data/{id:[0-9]+}/chart.svg")
    ResponseEntity<String> svg(
            @PathVariable long id,
            @RequestParam MultiValueMap<String, String> parameters,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch,
            HttpServletResponse response) {
        ChartView view = chart(id, parameters);
        return answer(view.svg(), "image/svg+xml;charset=UTF-8", ifNoneMatch, response);
    }

    @GetMapping("/data/{id:[0-9]+}/chart")
    String embed(
            @PathVariable long id,
            @RequestParam MultiValueMap<String, String> parameters,
            HttpServletResponse response,
            Model model) {
        ChartView view = chart(id, parameters);
        response.setHeader("Content-Security-Policy", EMBEDDABLE);
        response.setHeader("X-Frame-Options", "ALLOWALL");
        model.addAttribute("section", view);
        model.addAttribute("datasetLink", properties.link("/data/" + id));
        model.addAttribute("language", Language.ofRequest());
        return "data/charts/embed";
    }

    private ChartView chart(long id, MultiValueMap<String, String> parameters) {
        Dataset dataset = datasets.byId(id).orElseThrow(() -> new NotFoundException(Text.of("data.none")));
        return presenter
                .present(dataset, parameters, Language.ofRequest(), true)
                .orElseThrow(() -> new NotFoundException(Text.of("data.none")));
    }

    private static ResponseEntity<String> answer(
            String body, String type, String ifNoneMatch, HttpServletResponse response) {
        String etag = "W/\"" + digest(body) + "\"";
        response.setHeader("Content-Security-Policy", EMBEDDABLE);
        response.setHeader("X-Frame-Options", "ALLOWALL");
        if (etag.equals(ifNoneMatch)) {
            return ResponseEntity.status(304).eTag(etag).cacheControl(CACHING).build();
        }
        return ResponseEntity.ok()
                .eTag(etag)
                .cacheControl(CACHING)
                .header(HttpHeaders.VARY, "Accept-Language")
                .contentType(MediaType.parseMediaType(type))
                .body(body);
    }

    private static String digest(String body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
