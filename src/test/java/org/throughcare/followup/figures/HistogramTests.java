package org.throughcare.followup.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Mean, median and bands from (value, how many) pairs, worked out by hand. */
class HistogramTests {

    private static Histogram of(Map<Long, Long> counts) {
        Histogram histogram = new Histogram();
        counts.forEach(histogram::add);
        return histogram;
    }

    @Test
    void anOddNumberOfValuesHasItsMiddleOne() {
        // 2, 3, 3, 18, 106: mean 132 / 5 = 26.4, median 3.
        Histogram histogram = of(Map.of(106L, 1L, 3L, 2L, 2L, 1L, 18L, 1L));
        assertThat(histogram.mean()).isEqualTo(26.4);
        assertThat(histogram.median()).isEqualTo(3.0);
        assertThat(histogram.total()).isEqualTo(5);
    }

    @Test
    void anEvenNumberOfValuesHasTheMeanOfTheMiddleTwo() {
        // 1, 1, 1, 4, 9, 9: median (1 + 4) / 2 = 2.5, mean 25 / 6.
        Histogram histogram = of(Map.of(9L, 2L, 1L, 3L, 4L, 1L));
        assertThat(histogram.median()).isEqualTo(2.5);
        assertThat(histogram.mean()).isEqualTo(25.0 / 6);
    }

    @Test
    void bandsCountTheValuesFromTheLowBoundUpToButNotTheHighOne() {
        // 1, 1, 1, 4, 9, 9: [1, 4) holds three, [4, 9) one, 9 and more two.
        Histogram histogram = of(Map.of(9L, 2L, 1L, 3L, 4L, 1L));
        assertThat(histogram.between(1, 4)).isEqualTo(3);
        assertThat(histogram.between(4, 9)).isEqualTo(1);
        assertThat(histogram.atLeast(9)).isEqualTo(2);
    }

    @Test
    void noValuesHaveNoMeanOrMedian() {
        assertThat(of(Map.of()).mean()).isNull();
        assertThat(of(Map.of(3L, 0L)).median()).isNull();
    }
}
