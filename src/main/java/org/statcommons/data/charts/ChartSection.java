package org.statcommons.data.charts;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.statcommons.access.Actor;
import org.statcommons.community.Community;
import org.statcommons.data.Dataset;
import org.statcommons.data.DatasetSection;
import org.statcommons.platform.i18n.Language;

/** The chart of a dataset's page, drawn once a release with data is out; bad codes leave the default chart shown. */
@Component
@Order(10)
class ChartSection implements DatasetSection {

    private final ChartPresenter presenter;

    ChartSection(ChartPresenter presenter) {
        this.presenter = presenter;
    }

    @Override
    public Optional<Shown> show(
            Actor actor, Community community, Dataset dataset, Map<String, List<String>> parameters) {
        return presenter
                .present(dataset, parameters, Language.ofRequest(), false)
                .map(view -> new Shown("data/charts/section", view));
    }
}
