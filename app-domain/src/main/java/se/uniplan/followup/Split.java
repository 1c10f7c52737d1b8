package se.uniplan.followup;

/**
 * Revenue and cost in öre, both positive as users read them; the result is revenue − cost.
 */
public record Split(long revenue, long cost) {

    public static final Split ZERO = new Split(0, 0);

    public long result() {
        return revenue - cost;
    }

    public Split plus(Split other) {
        return new Split(revenue + other.revenue, cost + other.cost);
    }

    public boolean isZero() {
        return revenue == 0 && cost == 0;
    }
}
