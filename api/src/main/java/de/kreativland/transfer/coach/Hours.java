package de.kreativland.transfer.coach;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Minutes to hours, to two decimals; remaining hours are budget minus the rounded hours used. */
final class Hours {
    private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);

    private Hours() {
    }

    static BigDecimal of(long minutes) {
        return BigDecimal.valueOf(minutes).divide(MINUTES_PER_HOUR, 2, RoundingMode.HALF_UP);
    }

    static BigDecimal remaining(BigDecimal budget, BigDecimal used) {
        return budget.subtract(used).setScale(2, RoundingMode.HALF_UP);
    }
}
