package org.statcommons.workstreams;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineDrawerTests {

    static WorkplanItem item(String activity, LocalDate starts, LocalDate due, WorkplanItem.Status status) {
        return new WorkplanItem(1, 1, activity, null, "", starts, due, status, "");
    }

    final LocalDate january = LocalDate.of(2027, 1, 1);
    final LocalDate december = LocalDate.of(2027, 12, 31);

    @Test
    void anItemOverTheWholePeriodSpansTheWholeChart() {
        Timeline timeline = TimelineDrawer.draw(
                january,
                december,
                List.of(item("All year", january, december, WorkplanItem.Status.PLANNED)),
                january,
                false);
        Timeline.Bar bar = timeline.bars().get(0);
        assertThat(bar.x()).isEqualTo(TimelineDrawer.LABELS + TimelineDrawer.GAP);
        assertThat(bar.x() + bar.width()).isEqualTo(TimelineDrawer.WIDTH - TimelineDrawer.GAP);
        assertThat(bar.anchor()).isEqualTo("end");
        assertThat(timeline.ticks()).hasSize(12);
        assertThat(timeline.ticks().get(0).label()).isEqualTo("2027-01");
        assertThat(timeline.height()).isEqualTo(TimelineDrawer.TOP + TimelineDrawer.ROW + TimelineDrawer.GAP);
    }

    @Test
    void barsFollowTheirDatesInOrderAndALaterStartIsFurtherRight() {
        Timeline timeline = TimelineDrawer.draw(
                january,
                december,
                List.of(
                        item("First half", january, LocalDate.of(2027, 6, 30), WorkplanItem.Status.DONE),
                        item("Second half", LocalDate.of(2027, 7, 1), december, WorkplanItem.Status.PLANNED)),
                LocalDate.of(2027, 7, 1),
                false);
        Timeline.Bar first = timeline.bars().get(0);
        Timeline.Bar second = timeline.bars().get(1);
        assertThat(first.x() + first.width()).isEqualTo(second.x());
        assertThat(second.y()).isEqualTo(first.y() + TimelineDrawer.ROW);
        assertThat(timeline.todayX()).isEqualTo(second.x());
    }

    @Test
    void inRightToLeftLanguagesTheDrawingIsMirrored() {
        List<WorkplanItem> items = List.of(item("Q1", january, LocalDate.of(2027, 3, 31), WorkplanItem.Status.PLANNED));
        Timeline ltr = TimelineDrawer.draw(january, december, items, january, false);
        Timeline rtl = TimelineDrawer.draw(january, december, items, january, true);
        Timeline.Bar left = ltr.bars().get(0);
        Timeline.Bar right = rtl.bars().get(0);
        assertThat(right.width()).isEqualTo(left.width());
        assertThat(right.x()).isEqualTo(TimelineDrawer.WIDTH - left.x() - left.width());
        assertThat(right.anchor()).isEqualTo("start");
        assertThat(right.labelX()).isEqualTo(TimelineDrawer.WIDTH - TimelineDrawer.LABELS);
        assertThat(rtl.ticks().get(0).x())
                .isEqualTo(TimelineDrawer.WIDTH - ltr.ticks().get(0).x());
    }

    @Test
    void overdueItemsAreMarkedAndAnItemOutsideThePeriodWidensTheScale() {
        LocalDate today = LocalDate.of(2028, 2, 1);
        Timeline timeline = TimelineDrawer.draw(
                january,
                december,
                List.of(
                        item("Late", january, LocalDate.of(2027, 3, 1), WorkplanItem.Status.IN_PROGRESS),
                        item("Done late", january, LocalDate.of(2027, 3, 1), WorkplanItem.Status.DONE),
                        item(
                                "Next year",
                                LocalDate.of(2028, 1, 1),
                                LocalDate.of(2028, 3, 31),
                                WorkplanItem.Status.PLANNED)),
                today,
                false);
        assertThat(timeline.bars()).extracting(Timeline.Bar::overdue).containsExactly(true, false, false);
        Timeline.Bar last = timeline.bars().get(2);
        assertThat(last.x() + last.width()).isEqualTo(TimelineDrawer.WIDTH - TimelineDrawer.GAP);
        assertThat(timeline.ticks()).extracting(Timeline.Tick::label).contains("2027-01", "2027-04", "2028-01");
    }

    @Test
    void longActivitiesAreShortenedToTheLabelColumn() {
        String shortened = TimelineDrawer.shortened("a".repeat(100));
        assertThat(shortened).hasSize(TimelineDrawer.LABEL_MAX).endsWith("…");
        assertThat(TimelineDrawer.shortened("Census")).isEqualTo("Census");
    }
}
