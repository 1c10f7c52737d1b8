package se.uniplan.followup;

import java.util.List;

/**
 * The transactions behind a number, at most a page of them, with how many there are in all and
 * their sum (öre, users' sign), which equals the number drilled from.
 */
public record TransactionPage(List<Transaction> rows, long count, long sum) {

    /** True when there are more transactions than shown. */
    public boolean truncated() {
        return count > rows.size();
    }
}
