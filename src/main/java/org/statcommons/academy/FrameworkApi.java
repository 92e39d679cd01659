package org.statcommons.academy;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;

/** The capability frameworks, read by anyone: {@code /api/v1/frameworks} and one with its items. */
@RestController
class FrameworkApi {

    record FrameworkJson(String code, String name, String version, List<String> levels, int items, String url) {}

    record FrameworkDetailJson(
            String code, String name, String version, List<String> levels, List<Framework.Item> items, String url) {}

    private final Frameworks frameworks;

    FrameworkApi(Frameworks frameworks) {
        this.frameworks = frameworks;
    }

    @GetMapping("/api/v1/frameworks")
    List<FrameworkJson> frameworks() {
        return frameworks.all().stream()
                .map(f -> new FrameworkJson(
                        f.code(),
                        f.name(),
                        f.version(),
                        f.levels(),
                        f.items().size(),
                        CapabilityAddress.framework(f.code())))
                .toList();
    }

    @GetMapping("/api/v1/frameworks/{code}")
    FrameworkDetailJson framework(@PathVariable String code) {
        Framework f =
                frameworks.byCode(code).orElseThrow(() -> new NotFoundException(Text.of("academy.framework.none")));
        return new FrameworkDetailJson(
                f.code(), f.name(), f.version(), f.levels(), f.items(), CapabilityAddress.framework(f.code()));
    }
}
