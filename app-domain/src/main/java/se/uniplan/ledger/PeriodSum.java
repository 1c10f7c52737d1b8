package se.uniplan.ledger;

/** The sum (öre) and number of lines of one account in one period ({@code yyyyMM}). */
public record PeriodSum(int period, String account, long amount, long lines) {
}
