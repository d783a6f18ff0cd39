package org.throughcare.followup.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Mean and median from (value, how many) pairs, worked out by hand. */
class HistogramsTests {

    @Test
    void anOddNumberOfValuesHasItsMiddleOne() {
        // 2, 3, 3, 18, 106: mean 132 / 5 = 26.4, median 3.
        Map<Long, Long> counts = Map.of(106L, 1L, 3L, 2L, 2L, 1L, 18L, 1L);
        assertThat(Histograms.mean(counts)).isEqualTo(26.4);
        assertThat(Histograms.median(counts)).isEqualTo(3.0);
    }

    @Test
    void anEvenNumberOfValuesHasTheMeanOfTheMiddleTwo() {
        // 1, 1, 1, 4, 9, 9: median (1 + 4) / 2 = 2.5, mean 25 / 6.
        Map<Long, Long> counts = Map.of(9L, 2L, 1L, 3L, 4L, 1L);
        assertThat(Histograms.median(counts)).isEqualTo(2.5);
        assertThat(Histograms.mean(counts)).isEqualTo(25.0 / 6);
    }

    @Test
    void noValuesHaveNoMeanOrMedian() {
        assertThat(Histograms.mean(Map.of())).isNull();
        assertThat(Histograms.median(Map.of(3L, 0L))).isNull();
    }
}
