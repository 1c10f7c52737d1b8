package se.uniplan.followup;

import java.math.BigDecimal;

/**
 * The difference between an actual and a planned figure: in öre (actual − planned), in per cent of
 * the planned figure (null when nothing was planned), and how much it matters.
 */
public record Variance(long amount, BigDecimal percent, Level level) {
}
